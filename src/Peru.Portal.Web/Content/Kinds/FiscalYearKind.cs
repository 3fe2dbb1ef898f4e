using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary><c>achievements/{year}/index.md</c>: a fiscal year of results, whose page lists its achievements.</summary>
internal static class FiscalYearKind
{
    public static ContentKind<FiscalYear> Declaration { get; } = new()
    {
        Name = "fiscal year",
        Pattern = "achievements/{year}/index.md",
        Read = (r, file, match) => Read(r, file, match["year"]),
        Address = (language, country, y) => Addresses.FiscalYear(language, country, y.Year),
        PageKey = "year",
        Card = (y, language) => new(string.Format(language.CultureInfo, language.Formats.AchievementsInYear, Formats.FiscalYear(language, y.Year)), null),
        Search = (y, s) => new(s.Language.Code, y.CountrySlug, Addresses.FiscalYear(s.Language, y.CountrySlug, y.Year),
            string.Format(s.Language.CultureInfo, s.Language.Formats.AchievementsInYear, Formats.FiscalYear(s.Language, y.Year)),
            SearchDocuments.Join(y.Summary, y.BodyText), SearchDocuments.Achievements, null, y.Year),
    };

    private static void Read(CountryReader r, SourceFile file, string folderYear)
    {
        if (r.Open(file) is not { } fm)
        {
            return;
        }

        var year = fm.FiscalYear("fiscal_year");
        if (year is not null && year != folderYear)
        {
            fm.Problem("fiscal_year", $"fiscal_year {year} does not match its folder achievements/{folderYear}/");
        }

        var body = r.Render(file);
        r.Aliases(fm, file, Addresses.FiscalYear(r.Language, r.Slug, folderYear));
        if (!FiscalYears.IsValid(folderYear))
        {
            r.Problems.Add(new(file.RelativePath, 1, $"folder achievements/{folderYear}/ is not a fiscal year written YYYY-YYYY with consecutive years"));
            return;
        }

        r.Content.FiscalYears.Add(r.Track(file, fm, folderYear, new FiscalYear
        {
            Language = r.Code,
            Key = folderYear,
            CountrySlug = r.Slug,
            Year = folderYear,
            Summary = fm.Text("summary") ?? "",
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            DateModified = r.DateModified(file, fm),
        }));
    }
}
