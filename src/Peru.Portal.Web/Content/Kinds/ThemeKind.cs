using Peru.Portal.Web.Data;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary><c>themes/{name}.md</c>: a theme of the program, with its anticipated results; achievements and projects name one.</summary>
internal static class ThemeKind
{
    public static ContentKind<Theme> Declaration { get; } = new()
    {
        Name = "theme",
        Pattern = "themes/{name}.md",
        Stage = ContentKind.ReadThemes,
        Read = (r, file, match) => Read(r, file, match["name"]),
        Check = r => r.Duplicates(r.Mine<Theme>(), t => t.Slug, "theme slug"),
        Address = (language, country, t) => Addresses.Theme(language, country, t.Slug),
        Card = (t, _) => new(t.Title, null),
        Search = (t, s) => new(s.Language.Code, t.CountrySlug, Addresses.Theme(s.Language, t.CountrySlug, t.Slug), t.Title,
            SearchDocuments.Join(t.Summary, t.BodyText, SearchDocuments.Join(t.AnticipatedResults)), SearchDocuments.Themes, t.Slug, null),
        FiguresOf = (t, _) => [("order", [Twins.N(t.Order)]), ("anticipated_results", [Twins.N(t.AnticipatedResults.Count)])],
    };

    private static void Read(CountryReader r, SourceFile file, string fileName)
    {
        if (r.Open(file) is not { } fm)
        {
            return;
        }

        var slug = r.SlugOf(file, fm, fileName);
        // Shown under the theme page's own sections, its "##" headings are h3s.
        var body = r.Render(file, headingOffset: 1);
        r.Aliases(fm, file, Addresses.Theme(r.Language, r.Slug, slug));
        r.Content.Themes.Add(r.Track(file, fm, fileName, new Theme
        {
            Language = r.Code,
            Key = fileName,
            CountrySlug = r.Slug,
            Slug = slug,
            Title = fm.Text("title") ?? "",
            Summary = fm.Text("summary") ?? "",
            Order = fm.WholeNumber("order") ?? 0,
            AnticipatedResults = fm.StringList("anticipated_results", required: false),
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            DateModified = r.DateModified(file, fm),
        }));
    }
}
