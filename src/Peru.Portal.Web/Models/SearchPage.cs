using Peru.Portal.Web.Localization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Models;

public sealed record SearchPage(
    PageChrome Chrome,
    string Query,
    bool Searched,
    int Total,
    IReadOnlyList<SearchPage.Result> Results,
    IReadOnlyList<SearchPage.Filter> SectionFilters,
    IReadOnlyList<SearchPage.Filter> ThemeFilters,
    IReadOnlyList<SearchPage.PageLink> Pages,
    string? PreviousPath,
    string? NextPath,
    string Summary,
    IReadOnlyList<CountryNav> Suggestions) : IPortalPage
{
    public sealed record Result(string Title, string Path, string Section, string? Year, string SnippetHtml);

    public sealed record Filter(string Title, string Path, int? Count, bool Active);

    public sealed record PageLink(int Number, string Path, bool Current);

    public static SearchPage From(Language language, SearchQuery query, string? section, string? theme, int page, int pageSize, SearchResults results, IReadOnlyList<Theme> themes, IReadOnlyList<Country> countries, IStringLocalizer<SearchPage> text)
    {
        var themeTitles = themes.GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        string Link(string? s, string? t, int p)
        {
            var parts = new List<string> { $"q={Uri.EscapeDataString(query.Text)}" };
            if (s is not null)
            {
                parts.Add($"section={Uri.EscapeDataString(s)}");
            }

            if (t is not null)
            {
                parts.Add($"theme={Uri.EscapeDataString(t)}");
            }

            if (p > 1)
            {
                parts.Add($"page={p}");
            }

            return $"{Addresses.Search(language)}?{string.Join("&", parts)}";
        }

        var pageCount = Math.Max(1, (results.Total + pageSize - 1) / pageSize);

        // Sections are codes in the index, named in English; the reader sees them in the page's language.
        string SectionTitle(string code) => text[code];
        List<Filter> sections = [new(text["All sections"], Link(null, theme, 1), null, section is null), .. results.Sections.Select(f => new Filter(SectionTitle(f.Value), Link(f.Value, theme, 1), f.Count, f.Value == section))];
        List<Filter> themeFilters = results.Themes.Count == 0 ? [] :
            [new(text["All themes"], Link(section, null, 1), null, theme is null), .. results.Themes.Select(f => new Filter(themeTitles.GetValueOrDefault(f.Value, f.Value), Link(section, f.Value, 1), f.Count, f.Value == theme))];
        var first = ((page - 1) * pageSize) + 1;
        string summary = query.IsEmpty
            ? text["Type one or more words to search every page of the portal."]
            : results.Total == 0
                ? text["No results for “{0}”.", query.Text]
                : text["Results {0} to {1} of {2} for “{3}”.", first, first + results.Hits.Count - 1, results.Total, query.Text];
        string title = query.IsEmpty ? text["Search"] : text["Search results: {0}", query.Text];
        return new(
            new PageChrome(language, title, text["Search every page of the portal: achievements, projects, themes, relations and the evaluation."], Addresses.Search(language), [], null)
            {
                Feeds = countries.Select(c => FeedLink.For(language, c.Slug, c.Name)).ToList(),
                AlternateFor = other => query.IsEmpty ? Addresses.Search(other) : $"{Addresses.Search(other)}?q={Uri.EscapeDataString(query.Text)}",
            },
            query.Text,
            !query.IsEmpty,
            results.Total,
            results.Hits.Select(h => new Result(h.Title, h.Path, SectionTitle(h.Section), h.Year is null ? null : Formats.FiscalYear(language, h.Year), Highlight(h.Snippet))).ToList(),
            sections,
            themeFilters,
            pageCount > 1 ? Enumerable.Range(1, pageCount).Select(n => new PageLink(n, Link(section, theme, n), n == page)).ToList() : [],
            page > 1 ? Link(section, theme, page - 1) : null,
            page < pageCount ? Link(section, theme, page + 1) : null,
            summary,
            countries.Select(c => new CountryNav(language, c.Slug, c.Name, Section.Overview)).ToList());
    }

    /// <summary>The snippet is encoded first; only then do the index's markers become &lt;mark&gt;, so text can never become markup.</summary>
    private static string Highlight(string snippet)
    {
        var encoded = new StringBuilder(WebUtility.HtmlEncode(snippet));
        return encoded.Replace(SearchRepository.MarkStart.ToString(), "<mark>").Replace(SearchRepository.MarkEnd.ToString(), "</mark>").ToString();
    }
}
