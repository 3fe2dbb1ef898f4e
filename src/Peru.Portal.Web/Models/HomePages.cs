using Peru.Portal.Web.Localization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

public sealed record HomePage(PageChrome Chrome, IReadOnlyList<HomePage.CountryCard> Countries) : IPortalPage
{
    public sealed record CountryCard(string Name, string Path, string Summary);

    public static HomePage From(Language language, IReadOnlyList<Country> countries, IStringLocalizer<HomePage> text) => new(
        new PageChrome(language, text["Country profiles"], text["Canada's international assistance and relations, country by country."], Addresses.Home(language), [],
            countries.Count == 0 ? null : countries.Max(c => c.DateModified))
        {
            Feeds = countries.Select(c => FeedLink.For(language, c.Slug, c.Name)).ToList(),
        },
        countries.Select(c => new CountryCard(c.Name, Addresses.Country(language, c.Slug), c.Summary)).ToList());
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

    public static CountryPage From(Language language, Country country, IReadOnlyList<SectionPage> sections, int themeCount, IReadOnlyList<FiscalYear> years, int achievementCount, int projectCount, int recommendationCount, IStringLocalizer<CountryPage> text)
    {
        var sources = Models.Sources.Of(language, country);
        var bySection = sections.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        string SummaryOf(string kind, string fallback) => bySection.TryGetValue(kind, out var page) ? page.Summary : fallback;
        var slug = country.Slug;
        var cards = new List<SectionCard>
        {
            new(text["Thematic focus"], Addresses.ThematicFocus(language, slug), SummaryOf("program", text["The program's goal and its {0} themes.", themeCount])),
            new(text["Achievements"], Addresses.Achievements(language, slug),
                years.Count == 0 ? text["No achievements published yet."] : text["{0} results reported for fiscal years {1} to {2}, grouped by theme.", achievementCount, Formats.FiscalYear(language, years[^1].Year), Formats.FiscalYear(language, years[0].Year)]),
            new(text["Bilateral relations"], Addresses.Relations(language, slug), SummaryOf("relations", text["Diplomacy, trade and investment, and a timeline."])),
            new(text["Disbursements"], Addresses.Disbursements(language, slug), SummaryOf("disbursements", text["International assistance disbursed, by fiscal year and source."])),
            new(text["Projects"], Addresses.Projects(language, slug), text["{0} funded projects with their amount, period, implementer and theme.", projectCount]),
            new(text["Evaluation"], Addresses.Evaluation(language, slug), SummaryOf("evaluation", text["The evaluation of the program and the response to its {0} recommendations.", recommendationCount])),
        };
        if (bySection.TryGetValue("aid-effectiveness", out var aid))
        {
            cards.Insert(1, new(text["Progress on aid effectiveness"], $"{Addresses.ThematicFocus(language, slug)}#aid-effectiveness", aid.Summary));
        }

        if (bySection.TryGetValue("glossary", out var glossary))
        {
            cards.Add(new(text["Glossary"], Addresses.Glossary(language, slug), glossary.Summary));
        }

        return new(
            PageChrome.ForCountry(language, slug, country.Name, Section.Overview, country.Title, country.Summary, Addresses.Country(language, slug), country.DateModified),
            country.Name,
            country.Summary,
            country.ContextHtml,
            country.KeyFigures.Select(k => new FigureView(Formats.Figure(language, k.Value, k.Unit, null, k.Qualifier), k.Label, k.Year, sources.Find(k.SourceKey))).ToList(),
            cards,
            sources.Values.ToList());
    }
}
