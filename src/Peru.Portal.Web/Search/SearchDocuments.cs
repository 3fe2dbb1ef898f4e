using Peru.Portal.Web.Content;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Search;

/// <summary>One page as the search index sees it.</summary>
public sealed record SearchDocument(string Language, string Country, string Path, string Title, string Body, string Section, string? Theme, string? Year);

/// <summary>Turns loaded content into one search document per page, with the words a reader would look for.</summary>
public static class SearchDocuments
{
    public const string Achievements = "Achievements";
    public const string Projects = "Projects";
    public const string Themes = "Thematic focus";
    public const string Relations = "Bilateral relations";
    public const string Disbursements = "Disbursements";
    public const string Evaluation = "Evaluation";
    public const string Overview = "Overview";
    public const string Glossary = "Glossary";

    /// <summary>Documents of every language, each with the address and words of its own language.</summary>
    public static IEnumerable<SearchDocument> From(LoadedContent content)
    {
        var languages = content.Languages;
        foreach (var language in languages.All)
        {
            foreach (var document in Of(content, language).ToList())
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<SearchDocument> Of(LoadedContent all, Language language)
    {
        var content = new LoadedContent();
        content.Countries.AddRange(all.Countries.Where(x => x.Language == language.Code));
        content.Achievements.AddRange(all.Achievements.Where(x => x.Language == language.Code));
        content.FiscalYears.AddRange(all.FiscalYears.Where(x => x.Language == language.Code));
        content.Projects.AddRange(all.Projects.Where(x => x.Language == language.Code));
        content.Themes.AddRange(all.Themes.Where(x => x.Language == language.Code));
        content.SectionPages.AddRange(all.SectionPages.Where(x => x.Language == language.Code));
        content.Recommendations.AddRange(all.Recommendations.Where(x => x.Language == language.Code));
        content.Timeline.AddRange(all.Timeline.Where(x => x.Language == language.Code));
        content.TradeFigures.AddRange(all.TradeFigures.Where(x => x.Language == language.Code));
        content.Disbursements.AddRange(all.Disbursements.Where(x => x.Language == language.Code));

        var themeTitles = content.Themes.ToDictionary(t => (t.CountrySlug, t.Slug), t => t.Title);
        string ThemeTitle(string country, string slug) => themeTitles.GetValueOrDefault((country, slug), slug);

        foreach (var c in content.Countries)
        {
            var figures = c.KeyFigures.Select(k => $"{k.Label} {Formats.Figure(language, k.Value, k.Unit, null, k.Qualifier)} {k.Year}");
            yield return new(language.Code, c.Slug, Addresses.Country(language, c.Slug), c.Title, Join(c.Summary, c.ContextText, Join(figures)), Overview, null, null);
        }

        foreach (var a in content.Achievements)
        {
            var figures = a.Figures.Select(f => $"{Formats.Figure(language, f.Value, f.Unit, null, f.Qualifier)} {f.Label}");
            yield return new(language.Code, a.CountrySlug, Addresses.Achievement(language, a.CountrySlug, a.FiscalYear, a.Slug), a.Title,
                Join(a.BodyText, Join(figures), ThemeTitle(a.CountrySlug, a.ThemeSlug)), Achievements, a.ThemeSlug, a.FiscalYear);
        }

        foreach (var y in content.FiscalYears)
        {
            yield return new(language.Code, y.CountrySlug, Addresses.FiscalYear(language, y.CountrySlug, y.Year), string.Format(language.CultureInfo, language.Formats.AchievementsInYear, Formats.FiscalYear(language, y.Year)), Join(y.Summary, y.BodyText), Achievements, null, y.Year);
        }

        foreach (var p in content.Projects)
        {
            var people = p.Beneficiaries.Select(b => $"{Formats.Figure(language, b.Value, null, null, b.Qualifier)} {b.Label}");
            yield return new(language.Code, p.CountrySlug, Addresses.Project(language, p.CountrySlug, p.Slug), p.Title,
                Join(p.BodyText, p.Implementer, Join(p.Places), Join(people), Formats.Money(language, p.FundingAmount, p.FundingCurrency), p.TotalValue is { } total ? Formats.Money(language, total, p.FundingCurrency) : null, ThemeTitle(p.CountrySlug, p.ThemeSlug)),
                Projects, p.ThemeSlug, null);
        }

        foreach (var t in content.Themes)
        {
            yield return new(language.Code, t.CountrySlug, Addresses.Theme(language, t.CountrySlug, t.Slug), t.Title, Join(t.Summary, t.BodyText, Join(t.AnticipatedResults)), Themes, t.Slug, null);
        }

        foreach (var s in content.SectionPages)
        {
            var (path, section) = s.Kind switch
            {
                "program" => (Addresses.ThematicFocus(language, s.CountrySlug), Themes),
                "aid-effectiveness" => ($"{Addresses.ThematicFocus(language, s.CountrySlug)}#aid-effectiveness", Themes),
                "relations" => (Addresses.Relations(language, s.CountrySlug), Relations),
                "disbursements" => (Addresses.Disbursements(language, s.CountrySlug), Disbursements),
                "glossary" => (Addresses.Glossary(language, s.CountrySlug), Glossary),
                _ => (Addresses.Evaluation(language, s.CountrySlug), Evaluation),
            };
            var extra = s.Kind switch
            {
                "relations" => Join(
                    Join(content.Timeline.Where(t => t.CountrySlug == s.CountrySlug).Select(t => $"{Formats.PartialDate(language, t.Date)} {t.Text}")),
                    Join(content.TradeFigures.Where(t => t.CountrySlug == s.CountrySlug).Select(t => $"{t.Label} {Formats.Figure(language, t.Value, t.Unit, t.Currency, t.Qualifier)} {t.Year}"))),
                "disbursements" => Join(content.Disbursements.Where(d => d.CountrySlug == s.CountrySlug)
                    .Select(d => $"{Formats.FiscalYear(language, d.FiscalYear)} {d.Source} {Formats.Money(language, d.Amount, d.Currency, d.Unit)}")),
                "program" => s.Goal ?? "",
                "glossary" => Join(all.Glossary.Where(g => g.Language == language.Code && g.CountrySlug == s.CountrySlug).Select(g => Join(g.Term, g.Expansion, g.Definition))),
                _ => "",
            };
            yield return new(language.Code, s.CountrySlug, path, s.Title, Join(s.Summary, s.BodyText, extra), section, null, null);
        }

        foreach (var r in content.Recommendations)
        {
            var commitments = r.Commitments.Select(c => $"{c.Centre} {c.Text}");
            var dates = r.TargetDates.Select(t => $"{t.Centre} {Formats.PartialDate(language, t.Date)}");
            yield return new(language.Code, r.CountrySlug, Addresses.Recommendation(language, r.CountrySlug, r.Slug), r.Title,
                Join(r.BodyText, Join(commitments), Join(r.ResponsibilityCentres), Join(dates)), Evaluation, null, null);
        }
    }

    private static string Join(params IEnumerable<string?> parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
