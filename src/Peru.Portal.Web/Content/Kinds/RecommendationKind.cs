using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary><c>evaluation/recommendations/{name}.md</c>: one recommendation of the evaluation, with the response to it.</summary>
internal static class RecommendationKind
{
    public static ContentKind<Recommendation> Declaration { get; } = new()
    {
        Name = "recommendation",
        Pattern = "evaluation/recommendations/{name}.md",
        Read = (r, file, match) => Read(r, file, match["name"]),
        Check = r =>
        {
            r.Duplicates(r.Mine<Recommendation>(), x => x.Slug, "recommendation slug");
            r.Duplicates(r.Mine<Recommendation>(), x => CountryReader.Number(x.Number), "recommendation number", "number");
        },
        Address = (language, country, x) => Addresses.Recommendation(language, country, x.Slug),
        Card = (r, _) => new(r.Title, null),
        Search = Search,
        FiguresOf = (x, _) => [("number", [Twins.N(x.Number)]), ("target_dates", x.TargetDates.Select(t => t.Date).ToList())],
    };

    private static SearchDocument Search(Recommendation x, SearchContext s)
    {
        var commitments = x.Commitments.Select(c => $"{c.Centre} {c.Text}");
        var dates = x.TargetDates.Select(t => $"{t.Centre} {Formats.PartialDate(s.Language, t.Date)}");
        return new(s.Language.Code, x.CountrySlug, Addresses.Recommendation(s.Language, x.CountrySlug, x.Slug), x.Title,
            SearchDocuments.Join(x.BodyText, SearchDocuments.Join(commitments), SearchDocuments.Join(x.ResponsibilityCentres), SearchDocuments.Join(dates)), SearchDocuments.Evaluation, null, null);
    }

    private static void Read(CountryReader r, SourceFile file, string fileName)
    {
        if (r.Open(file) is not { } fm)
        {
            return;
        }

        var slug = r.SlugOf(file, fm, fileName);
        var body = r.Render(file);
        r.Content.Recommendations.Add(r.Track(file, fm, fileName, new Recommendation
        {
            Language = r.Code,
            Key = fileName,
            CountrySlug = r.Slug,
            Slug = slug,
            Number = fm.WholeNumber("number") ?? 0,
            Title = fm.Text("title") ?? "",
            Commitments = fm.List("commitments", c =>
            {
                var centre = c.Text("centre");
                var text = c.Text("text");
                return centre is null || text is null ? null : new Commitment { Centre = centre, Text = text };
            }),
            ResponsibilityCentres = fm.StringList("responsibility_centres"),
            TargetDates = fm.List("target_dates", t =>
            {
                var centre = t.Text("centre");
                var date = t.PartialDate("date");
                return centre is null || date is null ? null : new TargetDate { Centre = centre, Date = date };
            }),
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            DateModified = r.DateModified(file, fm),
        }));
        r.Aliases(fm, file, Addresses.Recommendation(r.Language, r.Slug, slug));
    }
}
