using Peru.Portal.Web.Localization;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Models;

public enum ProjectSort
{
    Title,
    Amount,
    Period,
    Implementer,
    Theme,
}

/// <summary>What the reader asked of the projects table, read from plain links so the page needs no JavaScript.</summary>
public sealed record ProjectsQuery(ProjectSort Sort, bool Descending, string? Theme, bool? Regional)
{
    public static ProjectsQuery Default { get; } = new(ProjectSort.Title, false, null, null);

    /// <summary>
    /// A sort is only presentation, so a value we do not know falls back to the default; a filter names
    /// a set of projects, so one that does not exist is a page that does not exist: null, for a 404.
    /// </summary>
    public static ProjectsQuery? Parse(string? sort, string? dir, string? theme, string? scope, IEnumerable<Theme> themes)
    {
        var parsedSort = sort?.ToUpperInvariant() switch
        {
            "AMOUNT" => ProjectSort.Amount,
            "PERIOD" => ProjectSort.Period,
            "IMPLEMENTER" => ProjectSort.Implementer,
            "THEME" => ProjectSort.Theme,
            _ => ProjectSort.Title,
        };
        var descending = string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase);

        string? parsedTheme = null;
        if (!string.IsNullOrEmpty(theme))
        {
            if (!themes.Any(t => string.Equals(t.Slug, theme, StringComparison.Ordinal)))
            {
                return null;
            }

            parsedTheme = theme;
        }

        bool? regional = null;
        if (!string.IsNullOrEmpty(scope))
        {
            switch (scope.ToUpperInvariant())
            {
                case "PERU":
                    regional = false;
                    break;
                case "REGIONAL":
                    regional = true;
                    break;
                default:
                    return null;
            }
        }

        return new(parsedSort, descending, parsedTheme, regional);
    }

    /// <summary>The address of this view of the table; defaults are left out so the plain address stays canonical.</summary>
    public string Href(string path)
    {
        var parts = new List<string>();
        if (Theme is not null)
        {
            parts.Add($"theme={Uri.EscapeDataString(Theme)}");
        }

        if (Regional is { } regional)
        {
            parts.Add(regional ? "scope=regional" : "scope=peru");
        }

        if (Sort != ProjectSort.Title)
        {
            parts.Add($"sort={Sort.ToString().ToLowerInvariant()}");
        }

        if (Descending)
        {
            parts.Add("dir=desc");
        }

        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }
}

public sealed record FilterLink(string Label, string Href, bool Current);

public sealed record ProjectsPage(
    PageChrome Chrome,
    string Title,
    string Lead,
    string Caption,
    string Showing,
    string RegionalNote,
    IReadOnlyList<ProjectsPage.Column> Columns,
    IReadOnlyList<ProjectsPage.Row> Rows,
    IReadOnlyList<ProjectsPage.TotalRow> Totals,
    IReadOnlyList<FilterLink> ThemeFilters,
    IReadOnlyList<FilterLink> ScopeFilters,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<ChartFigure> Charts) : IPortalPage
{
    /// <summary>A column header; sortable ones carry the link that sorts by them and, when active, their direction.</summary>
    public sealed record Column(string Label, string? Href, string? AriaSort, string? SortedText, bool Numeric);

    /// <summary>A project's new funding announced; <paramref name="AmountNote"/> says when it adds to an existing project and gives the total value.</summary>
    public sealed record Row(string Title, string Path, string Amount, string? AmountNote, string Period, string Implementer, ThemeLink Theme, string Where);

    /// <summary>A sum of like with like, and what it adds: the new funding announced at one event, in one currency.</summary>
    public sealed record TotalRow(string Label, string Amount);

    public static ProjectsPage From(Language language, Country country, IReadOnlyList<Project> projects, IReadOnlyList<Theme> themes, ProjectsQuery query, IStringLocalizer<ProjectsPage> text, IStringLocalizer<FundingText> money, IStringLocalizer<ChartText> chartText)
    {
        var slug = country.Slug;
        var path = Addresses.Projects(language, slug);
        var themesBySlug = themes.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        ThemeLink ThemeOf(string themeSlug) => themesBySlug.TryGetValue(themeSlug, out var t)
            ? ThemeLink.From(language, t)
            : new ThemeLink(themeSlug, themeSlug, Addresses.Theme(language, slug, themeSlug));

        var shown = projects
            .Where(p => query.Theme is null || p.ThemeSlug == query.Theme)
            .Where(p => query.Regional is null || p.Regional == query.Regional)
            .ToList();
        var rows = Sorted(shown, query, ThemeOf)
            .Select(p => new Row(
                p.Title,
                Addresses.Project(language, slug, p.Slug),
                FundingText.Amount(language, p),
                FundingText.Note(language, p, money),
                FundingText.Period(language, p),
                p.Implementer,
                ThemeOf(p.ThemeSlug),
                p.Regional ? text["Regional"] : country.Name))
            .ToList();

        var columns = new List<Column>
        {
            SortColumn(text["Project"], ProjectSort.Title, query, path, numeric: false, text),
            SortColumn(text["New funding announced"], ProjectSort.Amount, query, path, numeric: true, text),
            SortColumn(text["Period"], ProjectSort.Period, query, path, numeric: false, text),
            SortColumn(text["Implementer"], ProjectSort.Implementer, query, path, numeric: false, text),
            SortColumn(text["Theme"], ProjectSort.Theme, query, path, numeric: false, text),
            new(text["Where"], null, null, null, false),
        };

        var themeFilters = new List<FilterLink> { new(text["All"], (query with { Theme = null }).Href(path), query.Theme is null) };
        themeFilters.AddRange(themes
            .Where(t => projects.Any(p => p.ThemeSlug == t.Slug))
            .Select(t => new FilterLink(t.Title, (query with { Theme = t.Slug }).Href(path), query.Theme == t.Slug)));
        var scopeFilters = new List<FilterLink>
        {
            new(text["All"], (query with { Regional = null }).Href(path), query.Regional is null),
            new(text["In {0}", country.Name], (query with { Regional = false }).Href(path), query.Regional == false),
            new(text["Regional"], (query with { Regional = true }).Href(path), query.Regional == true),
        };

        var filterText = new List<string>();
        if (query.Theme is not null)
        {
            filterText.Add(text["theme: {0}", ThemeOf(query.Theme).Title]);
        }

        if (query.Regional is { } regional)
        {
            filterText.Add(regional ? text["regional projects only"] : text["projects in {0} only", country.Name]);
        }

        // Column names are looked up as the table headers write them, then lowered for the sentence.
        var sortName = text[SortName(query.Sort)].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture);
        string sortText = query.Descending ? text["sorted by {0}, descending", sortName] : text["sorted by {0}, ascending", sortName];
        var sources = Models.Sources.Of(language, country);
        string title = text["{0}: funded projects", country.Name];
        string lead = text["The projects for which Canada announced funding: for each, the new funding announced and its period, who carries it out and which theme it serves."];
        var filters = string.Join("; ", filterText);

        return new(
            PageChrome.ForCountry(language, slug, country.Name, Section.Projects, title, lead, path,
                projects.Count == 0 ? country.DateModified : projects.Max(p => p.DateModified)),
            title,
            lead,
            filterText.Count == 0
                ? text["Projects, {0}", sortText]
                : text["Projects ({0}), {1}", filters, sortText],
            filterText.Count == 0
                ? text["Showing {0} of {1}.", rows.Count.ToString(CultureInfo.InvariantCulture), Count(projects.Count, text)]
                : text["Showing {0} of {1} ({2}).", rows.Count.ToString(CultureInfo.InvariantCulture), Count(projects.Count, text), filters],
            text["Projects marked “Regional” work outside {0}: each one's page says where.", country.Name],
            columns,
            rows,
            FundingText.Totals(language, shown, money).Select(t => new TotalRow(t.Label, t.Amount)).ToList(),
            themeFilters,
            scopeFilters,
            shown.Select(p => p.SourceKey).Distinct(StringComparer.Ordinal)
                .Select(key => sources.Find(key)).OfType<SourceView>().ToList(),
            ProjectCharts.From(language, country, shown, themes, sources, chartText));
    }

    private static IEnumerable<Project> Sorted(List<Project> projects, ProjectsQuery query, Func<string, ThemeLink> themeOf)
    {
        var byTitle = StringComparer.OrdinalIgnoreCase;
        IOrderedEnumerable<Project> By<TKey>(Func<Project, TKey> key, IComparer<TKey>? comparer = null) =>
            query.Descending ? projects.OrderByDescending(key, comparer) : projects.OrderBy(key, comparer);

        var ordered = query.Sort switch
        {
            ProjectSort.Amount => By(p => p.FundingAmount),
            ProjectSort.Period => By(p => (p.FundingStartYear, p.FundingEndYear)),
            ProjectSort.Implementer => By(p => p.Implementer, byTitle),
            ProjectSort.Theme => By(p => themeOf(p.ThemeSlug).Title, byTitle),
            _ => By(p => p.Title, byTitle),
        };

        // Ties keep a stable, predictable order rather than the store's.
        return ordered.ThenBy(p => p.Title, byTitle);
    }

    private static Column SortColumn(string label, ProjectSort sort, ProjectsQuery query, string path, bool numeric, IStringLocalizer text)
    {
        var active = query.Sort == sort;
        // Following the link on the active column reverses it; any other column starts ascending.
        var target = query with { Sort = sort, Descending = active && !query.Descending };
        return new(
            label,
            target.Href(path),
            active ? (query.Descending ? "descending" : "ascending") : null,
            active ? (query.Descending ? text["(sorted descending)"] : text["(sorted ascending)"]).Value : null,
            numeric);
    }

    private static string SortName(ProjectSort sort) => sort switch
    {
        ProjectSort.Title => "Title",
        ProjectSort.Amount => "New funding announced",
        _ => sort.ToString(),
    };

    private static string Count(int n, IStringLocalizer text) =>
        n == 1 ? text["1 project"] : text["{0} projects", n.ToString(CultureInfo.InvariantCulture)];
}
