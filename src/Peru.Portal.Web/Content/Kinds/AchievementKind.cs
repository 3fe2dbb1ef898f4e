using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary><c>achievements/{year}/{name}.md</c>: one result of a fiscal year, with its figures, theme and source.</summary>
internal static class AchievementKind
{
    public static ContentKind<Achievement> Declaration { get; } = new()
    {
        Name = "achievement",
        Pattern = "achievements/{year}/{name}.md",
        Publishable = true,
        Read = (r, file, match) => Read(r, file, match["year"], match["name"]),
        Check = Check,
        Index = new("achievements", Addresses.Achievements, scope => scope.Newest(scope.Items<Achievement>().Select(a => a.DateModified))),
        Address = (language, country, a) => Addresses.Achievement(language, country, a.FiscalYear, a.Slug),
        Search = Search,
        Card = (a, language) => new(a.Title, a.Figures.FirstOrDefault() is { } f ? $"{Formats.Figure(language, f.Value, f.Unit, null, f.Qualifier)} {f.Label}" : null),
        FiguresOf = (a, _) => [("figures", a.Figures.Select(f => Twins.N(f.Value)).ToList()), ("fiscal_year", [a.FiscalYear]), ("results_period", [a.ResultsPeriod ?? ""]), ("places", a.Departments)],
    };

    private static SearchDocument Search(Achievement a, SearchContext s)
    {
        var figures = a.Figures.Select(f => $"{Formats.Figure(s.Language, f.Value, f.Unit, null, f.Qualifier)} {f.Label}");
        return new(s.Language.Code, a.CountrySlug, Addresses.Achievement(s.Language, a.CountrySlug, a.FiscalYear, a.Slug), a.Title,
            SearchDocuments.Join(a.BodyText, SearchDocuments.Join(figures), s.ThemeTitle(a.CountrySlug, a.ThemeSlug)), SearchDocuments.Achievements, a.ThemeSlug, a.FiscalYear);
    }

    private static void Check(CountryReader r)
    {
        var years = r.Mine<FiscalYear>().Select(y => y.Year).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, fm) in r.FilesOf(Declaration))
        {
            var year = file.RelativePath.Split('/')[^2];
            if (!years.Contains(year))
            {
                r.Problems.Add(new(file.RelativePath, fm.LineOfKey("fiscal_year"), $"fiscal year {year} does not exist: add {r.Folder}/achievements/{year}/index{r.Suffix}"));
            }
        }

        r.Duplicates(r.Mine<Achievement>(), a => $"{a.FiscalYear}/{a.Slug}", "achievement slug");
    }

    private static void Read(CountryReader r, SourceFile file, string folderYear, string fileName)
    {
        if (r.Open(file) is not { } fm)
        {
            return;
        }

        var slug = r.SlugOf(file, fm, fileName);
        var year = fm.FiscalYear("fiscal_year");
        if (year is not null && year != folderYear)
        {
            fm.Problem("fiscal_year", $"fiscal_year {year} does not match its folder achievements/{folderYear}/; move the file or correct the year");
        }

        Achievement? achievement = null;
        var theme = r.ThemeReference(fm, file);
        var body = r.Render(file);
        achievement = new Achievement
        {
            Language = r.Code,
            Key = $"{folderYear}/{fileName}",
            CountrySlug = r.Slug,
            FiscalYear = folderYear,
            ThemeSlug = theme ?? "",
            Slug = slug,
            Title = fm.Text("title") ?? "",
            Order = fm.WholeNumber("order") ?? 0,
            ResultsPeriod = fm.Text("results_period", required: false),
            SourceKey = r.Reference(fm, file) ?? "",
            Figures = fm.List("figures", f =>
            {
                var label = f.Text("label");
                var value = f.Number("value");
                var unit = f.Text("unit", required: false);
                var qualifier = CountryReader.Qualifier(f);
                return label is null || value is null ? null : new Figure { Label = label, Value = value.Value, Unit = unit, Qualifier = qualifier };
            }, required: false),
            Departments = r.Departments(fm),
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            DateModified = r.DateModified(file, fm),
            Corrections = r.CorrectionsOf(file),
        };
        r.Aliases(fm, file, Addresses.Achievement(r.Language, r.Slug, folderYear, slug));
        r.Content.Achievements.Add(r.Track(file, fm, achievement.Key, achievement));
    }
}
