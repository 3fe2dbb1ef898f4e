using Peru.Portal.Web.Content;
using Peru.Portal.Web.Infrastructure;

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

    /// <summary>Documents of both languages, each with the address and words of its own language.</summary>
    public static IEnumerable<SearchDocument> From(LoadedContent content)
    {
        foreach (var language in Languages.All)
        {
            using var scope = Languages.Use(language);
            foreach (var document in Of(content, language).ToList())
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<SearchDocument> Of(LoadedContent all, string language)
    {
        var content = new LoadedContent();
        content.Countries.AddRange(all.Countries.Where(x => x.Language == language));
        content.Achievements.AddRange(all.Achievements.Where(x => x.Language == language));
        content.FiscalYears.AddRange(all.FiscalYears.Where(x => x.Language == language));
        content.Projects.AddRange(all.Projects.Where(x => x.Language == language));
        content.Themes.AddRange(all.Themes.Where(x => x.Language == language));
        content.SectionPages.AddRange(all.SectionPages.Where(x => x.Language == language));
        content.Recommendations.AddRange(all.Recommendations.Where(x => x.Language == language));
        content.Timeline.AddRange(all.Timeline.Where(x => x.Language == language));
        content.TradeFigures.AddRange(all.TradeFigures.Where(x => x.Language == language));
        content.Disbursements.AddRange(all.Disbursements.Where(x => x.Language == language));

        var themeTitles = content.Themes.ToDictionary(t => (t.CountrySlug, t.Slug), t => t.Title);
        string ThemeTitle(string country, string slug) => themeTitles.GetValueOrDefault((country, slug), slug);

        foreach (var c in content.Countries)
        {
            var figures = c.KeyFigures.Select(k => $"{k.Label} {Formats.Figure(k.Value, k.Unit, null, k.Qualifier)} {k.Year}");
            yield return new(language, c.Slug, Addresses.Country(c.Slug), c.Title, Join(c.Summary, c.ContextText, Join(figures)), Overview, null, null);
        }

        foreach (var a in content.Achievements)
        {
            var figures = a.Figures.Select(f => $"{Formats.Figure(f.Value, f.Unit, null, f.Qualifier)} {f.Label}");
            yield return new(language, a.CountrySlug, Addresses.Achievement(a.CountrySlug, a.FiscalYear, a.Slug), a.Title,
                Join(a.BodyText, Join(figures), ThemeTitle(a.CountrySlug, a.ThemeSlug)), Achievements, a.ThemeSlug, a.FiscalYear);
        }

        foreach (var y in content.FiscalYears)
        {
            yield return new(language, y.CountrySlug, Addresses.FiscalYear(y.CountrySlug, y.Year), (language == Languages.French ? $"Réalisations en {Formats.FiscalYear(y.Year)}" : $"Achievements in {Formats.FiscalYear(y.Year)}"), Join(y.Summary, y.BodyText), Achievements, null, y.Year);
        }

        foreach (var p in content.Projects)
        {
            var people = p.Beneficiaries.Select(b => $"{Formats.Figure(b.Value, null, null, b.Qualifier)} {b.Label}");
            yield return new(language, p.CountrySlug, Addresses.Project(p.CountrySlug, p.Slug), p.Title,
                Join(p.BodyText, p.Implementer, Join(p.Places), Join(people), Formats.Money(p.FundingAmount, p.FundingCurrency), p.TotalValue is { } total ? Formats.Money(total, p.FundingCurrency) : null, ThemeTitle(p.CountrySlug, p.ThemeSlug)),
                Projects, p.ThemeSlug, null);
        }

        foreach (var t in content.Themes)
        {
            yield return new(language, t.CountrySlug, Addresses.Theme(t.CountrySlug, t.Slug), t.Title, Join(t.Summary, t.BodyText, Join(t.AnticipatedResults)), Themes, t.Slug, null);
        }

        foreach (var s in content.SectionPages)
        {
            var (path, section) = s.Kind switch
            {
                "program" => (Addresses.ThematicFocus(s.CountrySlug), Themes),
                "aid-effectiveness" => ($"{Addresses.ThematicFocus(s.CountrySlug)}#aid-effectiveness", Themes),
                "relations" => (Addresses.Relations(s.CountrySlug), Relations),
                "disbursements" => (Addresses.Disbursements(s.CountrySlug), Disbursements),
                "glossary" => (Addresses.Glossary(s.CountrySlug), Glossary),
                _ => (Addresses.Evaluation(s.CountrySlug), Evaluation),
            };
            var extra = s.Kind switch
            {
                "relations" => Join(
                    Join(content.Timeline.Where(t => t.CountrySlug == s.CountrySlug).Select(t => $"{Formats.PartialDate(t.Date)} {t.Text}")),
                    Join(content.TradeFigures.Where(t => t.CountrySlug == s.CountrySlug).Select(t => $"{t.Label} {Formats.Figure(t.Value, t.Unit, t.Currency, t.Qualifier)} {t.Year}"))),
                "disbursements" => Join(content.Disbursements.Where(d => d.CountrySlug == s.CountrySlug)
                    .Select(d => $"{Formats.FiscalYear(d.FiscalYear)} {d.Source} {Formats.Money(d.Amount, d.Currency, d.Unit)}")),
                "program" => s.Goal ?? "",
                "glossary" => Join(all.Glossary.Where(g => g.Language == language && g.CountrySlug == s.CountrySlug).Select(g => Join(g.Term, g.Expansion, g.Definition))),
                _ => "",
            };
            yield return new(language, s.CountrySlug, path, s.Title, Join(s.Summary, s.BodyText, extra), section, null, null);
        }

        foreach (var r in content.Recommendations)
        {
            var commitments = r.Commitments.Select(c => $"{c.Centre} {c.Text}");
            var dates = r.TargetDates.Select(t => $"{t.Centre} {Formats.PartialDate(t.Date)}");
            yield return new(language, r.CountrySlug, Addresses.Recommendation(r.CountrySlug, r.Slug), r.Title,
                Join(r.BodyText, Join(commitments), Join(r.ResponsibilityCentres), Join(dates)), Evaluation, null, null);
        }
    }

    private static string Join(params IEnumerable<string?> parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
