using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Models;

/// <summary>The terms and abbreviations a reader meets in the country's pages, in alphabetical order.</summary>
public sealed record GlossaryPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    string BodyHtml,
    IReadOnlyList<GlossaryPage.Entry> Entries) : IPortalPage
{
    /// <summary><paramref name="Expansion"/> is what an abbreviation stands for, when the sources say.</summary>
    public sealed record Entry(string Id, string Term, bool IsAbbreviation, string? Expansion, string Definition);

    public static GlossaryPage From(Language language, Country country, SectionPage page, IReadOnlyList<GlossaryEntry> entries) => new(
        PageChrome.ForCountry(language, country.Slug, country.Name, Section.Glossary, page.Title, page.Summary, Addresses.Glossary(language, country.Slug), page.DateModified),
        page.Title,
        page.Summary,
        page.BodyHtml,
        entries.OrderBy(e => e.Order).Select(e => new Entry(e.Anchor, e.Term, e.IsAbbreviation, e.Expansion, e.Definition)).ToList());
}
