using System.Globalization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

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
    string TotalLabel,
    string TotalAmount,
    IReadOnlyList<FilterLink> ThemeFilters,
    IReadOnlyList<FilterLink> ScopeFilters,
    IReadOnlyList<SourceView> Sources) : IPortalPage
{
    /// <summary>A column header; sortable ones carry the link that sorts by them and, when active, their direction.</summary>
    public sealed record Column(string Label, string? Href, string? AriaSort, string? SortedText, bool Numeric);

    public sealed record Row(string Title, string Path, string Amount, string Period, string Implementer, ThemeLink Theme, string Where);

    public static ProjectsPage From(Country country, IReadOnlyList<Project> projects, IReadOnlyList<Theme> themes, ProjectsQuery query, IStringLocalizer<ProjectsPage> text)
    {
        var slug = country.Slug;
        var path = Addresses.Projects(slug);
        var themesBySlug = themes.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        ThemeLink ThemeOf(string themeSlug) => themesBySlug.TryGetValue(themeSlug, out var t)
            ? ThemeLink.From(t)
            : new ThemeLink(themeSlug, themeSlug, Addresses.Theme(slug, themeSlug));

        var shown = projects
            .Where(p => query.Theme is null || p.ThemeSlug == query.Theme)
            .Where(p => query.Regional is null || p.Regional == query.Regional)
            .ToList();
        var rows = Sorted(shown, query, ThemeOf)
            .Select(p => new Row(
                p.Title,
                Addresses.Project(slug, p.Slug),
                Formats.Money(p.Amount, p.Currency),
                Formats.Period(p.StartYear, p.EndYear),
                p.Implementer,
                ThemeOf(p.ThemeSlug),
                p.Regional ? text["Regional"] : country.Name))
            .ToList();

        var columns = new List<Column>
        {
            SortColumn(text["Project"], ProjectSort.Title, query, path, numeric: false, text),
            SortColumn(text["Amount"], ProjectSort.Amount, query, path, numeric: true, text),
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
        var sources = Models.Sources.Of(country);
        string title = text["{0}: funded projects", country.Name];
        string lead = text["The projects Canada funds for {0}: what each one is worth, for how long, who carries it out and which theme it serves.", country.Name];
        var filters = string.Join("; ", filterText);

        return new(
            PageChrome.ForCountry(slug, country.Name, Section.Projects, title, lead, path,
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
            text["Total: {0}", Count(rows.Count, text)],
            Total(shown),
            themeFilters,
            scopeFilters,
            shown.Select(p => p.SourceKey).Distinct(StringComparer.Ordinal)
                .Select(key => sources.Find(key)).OfType<SourceView>().ToList());
    }

    private static IEnumerable<Project> Sorted(List<Project> projects, ProjectsQuery query, Func<string, ThemeLink> themeOf)
    {
        var byTitle = StringComparer.OrdinalIgnoreCase;
        IOrderedEnumerable<Project> By<TKey>(Func<Project, TKey> key, IComparer<TKey>? comparer = null) =>
            query.Descending ? projects.OrderByDescending(key, comparer) : projects.OrderBy(key, comparer);

        var ordered = query.Sort switch
        {
            ProjectSort.Amount => By(p => p.Amount),
            ProjectSort.Period => By(p => (p.StartYear, p.EndYear)),
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
        _ => sort.ToString(),
    };

    private static string Count(int n, IStringLocalizer text) =>
        n == 1 ? text["1 project"] : text["{0} projects", n.ToString(CultureInfo.InvariantCulture)];

    /// <summary>Amounts in different currencies cannot be added, so each currency gets its own total.</summary>
    private static string Total(List<Project> projects) => projects.Count == 0
        ? Formats.Money(0m)
        : string.Join("; ", projects
            .GroupBy(p => p.Currency, StringComparer.Ordinal)
            .Select(g => Formats.Money(g.Sum(p => p.Amount), g.Key)));
}

public sealed record ProjectPage(
    PageChrome Chrome,
    string Title,
    string Amount,
    string? AmountNote,
    string DurationAndPeriod,
    string Implementer,
    ThemeLink Theme,
    string Places,
    string Regional,
    IReadOnlyList<string> PeopleReached,
    string PeriodOfFunding,
    string Announcement,
    string BodyHtml,
    SourceView? Source,
    string ProjectsPath) : IPortalPage
{
    public static ProjectPage From(Country country, Project project, Theme? theme, string baseUrl, IStringLocalizer<ProjectPage> text)
    {
        var slug = country.Slug;
        var url = baseUrl.TrimEnd('/') + Addresses.Project(slug, project.Slug);
        var period = Formats.Period(project.StartYear, project.EndYear);
        var amount = Formats.Money(project.Amount, project.Currency);
        string description = text["{0} over {1} ({2}), carried out by {3}.", amount, project.Duration, period, project.Implementer];
        return new(
            PageChrome.ForCountry(slug, country.Name, Section.Projects, project.Title, description,
                Addresses.Project(slug, project.Slug), project.DateModified,
                new Crumb(text["Projects"], Addresses.Projects(slug))) with
            {
                OpenGraphType = "article",
                Citable = true,
                StructuredData = new Dictionary<string, object?>
                {
                    ["@context"] = "https://schema.org",
                    ["@type"] = "MonetaryGrant",
                    ["name"] = project.Title,
                    ["url"] = url,
                    ["description"] = description,
                    ["amount"] = new Dictionary<string, object?> { ["@type"] = "MonetaryAmount", ["value"] = project.Amount, ["currency"] = project.Currency },
                    ["funder"] = new Dictionary<string, object?> { ["@type"] = "GovernmentOrganization", ["name"] = "Government of Canada" },
                    ["startDate"] = project.StartYear.ToString(CultureInfo.InvariantCulture),
                    ["endDate"] = project.EndYear.ToString(CultureInfo.InvariantCulture),
                    ["dateModified"] = Formats.Date(project.DateModified),
                    ["areaServed"] = project.Places,
                },
            },
            project.Title,
            amount,
            project.AmountNote,
            $"{project.Duration}, {period}",
            project.Implementer,
            theme is null ? new ThemeLink(project.ThemeSlug, project.ThemeSlug, Addresses.Theme(slug, project.ThemeSlug)) : ThemeLink.From(theme),
            string.Join("; ", project.Places),
            project.Regional ? text["Yes: this project works outside {0}", country.Name] : text["No: this project works in {0}", country.Name],
            project.Beneficiaries.Select(b => $"{Formats.Figure(b.Value, null, null, b.Qualifier)} {b.Label}").ToList(),
            period,
            text["Announced by {0} at {1} in {2}, {3}", project.AnnouncedBy, project.AnnouncedAt, project.AnnouncedIn, Formats.DateRange(project.AnnouncedFrom, project.AnnouncedTo)],
            project.BodyHtml,
            Sources.Of(country).Find(project.SourceKey),
            Addresses.Projects(slug));
    }
}
