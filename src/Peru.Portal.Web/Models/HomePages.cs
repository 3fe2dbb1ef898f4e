using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

public sealed record HomePage(PageChrome Chrome, IReadOnlyList<HomePage.CountryCard> Countries) : IPortalPage
{
    public sealed record CountryCard(string Name, string Path, string Summary);

    public static HomePage From(IReadOnlyList<Country> countries) => new(
        new PageChrome("Country profiles", "Canada's international assistance and relations, country by country.", Addresses.Home, [Crumb.Home],
            countries.Count == 0 ? null : countries.Max(c => c.DateModified))
        {
            Feeds = countries.Select(c => FeedLink.For(c.Slug, c.Name)).ToList(),
        },
        countries.Select(c => new CountryCard(c.Name, Addresses.Country(c.Slug), c.Summary)).ToList());
}

public sealed record CountryPage(
    PageChrome Chrome,
    string Name,
    string Summary,
    string ContextHtml,
    IReadOnlyList<FigureView> KeyFigures,
    IReadOnlyList<CountryPage.SectionCard> Sections,
    IReadOnlyList<SourceView> Sources) : IPortalPage
{
    public sealed record SectionCard(string Title, string Path, string Summary);

    public static CountryPage From(Country country, IReadOnlyList<SectionPage> sections, int themeCount, IReadOnlyList<FiscalYear> years, int achievementCount, int projectCount, int recommendationCount)
    {
        var sources = Models.Sources.Of(country);
        var bySection = sections.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        string SummaryOf(string kind, string fallback) => bySection.TryGetValue(kind, out var page) ? page.Summary : fallback;
        var slug = country.Slug;
        var cards = new List<SectionCard>
        {
            new("Thematic focus", Addresses.ThematicFocus(slug), SummaryOf("program", $"The program's goal and its {themeCount} themes.")),
            new("Achievements", Addresses.Achievements(slug),
                years.Count == 0 ? "No achievements published yet." : $"{achievementCount} results reported for fiscal years {Formats.FiscalYear(years[^1].Year)} to {Formats.FiscalYear(years[0].Year)}, grouped by theme."),
            new("Bilateral relations", Addresses.Relations(slug), SummaryOf("relations", "Diplomacy, trade and investment, and a timeline.")),
            new("Disbursements", Addresses.Disbursements(slug), SummaryOf("disbursements", "International assistance disbursed, by fiscal year and source.")),
            new("Projects", Addresses.Projects(slug), $"{projectCount} funded projects with their amount, period, implementer and theme."),
            new("Evaluation", Addresses.Evaluation(slug), SummaryOf("evaluation", $"The evaluation of the program and the response to its {recommendationCount} recommendations.")),
        };
        if (bySection.TryGetValue("aid-effectiveness", out var aid))
        {
            cards.Insert(1, new("Progress on aid effectiveness", $"{Addresses.ThematicFocus(slug)}#aid-effectiveness", aid.Summary));
        }

        return new(
            PageChrome.ForCountry(slug, country.Name, Section.Overview, country.Title, country.Summary, Addresses.Country(slug), country.DateModified),
            country.Name,
            country.Summary,
            country.ContextHtml,
            country.KeyFigures.Select(k => new FigureView(Formats.Figure(k.Value, k.Unit, null, k.Qualifier), k.Label, k.Year, sources.Find(k.SourceKey))).ToList(),
            cards,
            sources.Values.ToList());
    }
}
