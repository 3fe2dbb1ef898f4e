using Peru.Portal.Web.Localization;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>How many achievements the lists show at once; settings under <c>Portal:Achievements</c>.</summary>
public sealed class AchievementListOptions
{
    public const string Section = "Portal:Achievements";

    /// <summary>Achievements per page of a fiscal year.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Achievements shown under each year on the index, which then links to the year for the rest.</summary>
    public const int DefaultPerYearOnIndex = 20;

    public int PageSize { get; set; } = DefaultPageSize;

    public int PerYearOnIndex { get; set; } = DefaultPerYearOnIndex;
}

/// <summary>Achievements of one fiscal year (or the part of them shown), grouped under the themes they belong to, in theme order.</summary>
public sealed record YearGroup(Language Language, string Year, string Title, string Path, string Summary, IReadOnlyList<ThemeGroup> Themes, int Total)
{
    public int Shown => Themes.Sum(t => t.Achievements.Count);

    public static YearGroup From(Language language, FiscalYear year, IEnumerable<AchievementListing> achievements, IReadOnlyList<Theme> themes, int total)
    {
        var order = themes.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var byTheme = themes.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var groups = achievements
            .GroupBy(a => a.ThemeSlug)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => new ThemeGroup(
                byTheme.TryGetValue(g.Key, out var t) ? t.Title : g.Key,
                Addresses.Theme(language, year.CountrySlug, g.Key),
                g.OrderBy(a => a.Order).Select(a => new AchievementItem(a.Title, Addresses.Achievement(language, a.CountrySlug, a.FiscalYear, a.Slug), a.ResultsPeriod)).ToList()))
            .ToList();
        return new(language, year.Year, Formats.FiscalYear(language, year.Year), Addresses.FiscalYear(language, year.CountrySlug, year.Year), year.Summary, groups, total);
    }
}

public sealed record ThemeGroup(string Title, string Path, IReadOnlyList<AchievementItem> Achievements);

public sealed record AchievementItem(string Title, string Path, string? ResultsPeriod);

public sealed record ThemeFilter(string Title, string Path, bool Active);

/// <remarks><paramref name="Chart"/> is drawn on the page without a theme filter, and is the file at <see cref="Addresses.AchievementsChart"/>.</remarks>
public sealed record AchievementsPage(PageChrome Chrome, IReadOnlyList<ThemeFilter> Filters, string? ActiveTheme, IReadOnlyList<YearGroup> Years, AchievementsChart? Chart) : IPortalPage
{
    public int Count => Years.Sum(y => y.Total);

    // firstOfEachYear and countByYear are of the active theme; usedThemes (offered as filters) of all.
    public static AchievementsPage From(Language language, 
        Country country,
        IReadOnlyList<FiscalYear> years,
        IReadOnlyList<AchievementListing> firstOfEachYear,
        IReadOnlyDictionary<string, int> countByYear,
        IReadOnlyCollection<string> usedThemes,
        DateOnly? achievementsModified,
        IReadOnlyList<Theme> themes,
        Theme? activeTheme,
        IReadOnlyList<AchievementCount> counts,
        IStringLocalizer<AchievementsPage> text,
        IStringLocalizer<Charts.ChartText> chartText)
    {
        var slug = country.Slug;
        var path = Addresses.Achievements(language, slug);
        var used = usedThemes.ToHashSet(StringComparer.Ordinal);
        List<ThemeFilter> filters = [new(text["All themes"], path, activeTheme is null)];
        filters.AddRange(themes.Where(t => used.Contains(t.Slug)).Select(t => new ThemeFilter(t.Title, $"{path}?theme={t.Slug}", t.Slug == activeTheme?.Slug)));
        var groups = years
            .Select(y => YearGroup.From(language, y, firstOfEachYear.Where(a => a.FiscalYear == y.Year), themes, countByYear.GetValueOrDefault(y.Year)))
            .Where(g => g.Total > 0)
            .ToList();
        string title = activeTheme is null ? text["Achievements"] : text["Achievements: {0}", activeTheme.Title];
        var dates = years.Select(y => (DateOnly?)y.DateModified).Append(achievementsModified).OfType<DateOnly>().ToList();
        return new(
            PageChrome.ForCountry(language, slug, country.Name, Section.Achievements, title, text["What Canada's international assistance achieved in {0}, by fiscal year and theme.", country.Name], path, dates.Count == 0 ? null : dates.Max()),
            filters,
            activeTheme?.Title,
            groups,
            activeTheme is null ? AchievementsChart.From(language, country, counts, themes, achievementsModified, chartText) : null);
    }
}

/// <summary>Where a paged list is: "Page 2 of 10", with the addresses of the pages around it.</summary>
public sealed record Pager(int Page, int Pages, string? PreviousPath, string? NextPath)
{
    /// <summary>Page 1 is the list's own address; the others add <c>/page/{n}</c> to it.</summary>
    public static string PathOf(Language language, string firstPage, int page) =>
        page == 1 ? firstPage : string.Create(CultureInfo.InvariantCulture, $"{firstPage}/{language.Word("page")}/{page}");

    public static Pager For(Language language, string firstPage, int page, int pages) =>
        new(page, pages, page > 1 ? PathOf(language, firstPage, page - 1) : null, page < pages ? PathOf(language, firstPage, page + 1) : null);
}

public sealed record FiscalYearPage(PageChrome Chrome, YearGroup Year, string? BodyHtml, Pager Pager, string? PreviousYearPath, string? PreviousYearTitle, string? NextYearPath, string? NextYearTitle) : IPortalPage
{
    // achievements are those on this page, total those of the whole year.
    public static FiscalYearPage From(Language language, 
        Country country,
        FiscalYear year,
        IReadOnlyList<FiscalYear> allYears,
        IReadOnlyList<AchievementListing> achievements,
        int total,
        int page,
        int pageSize,
        DateOnly? achievementsModified,
        IReadOnlyList<Theme> themes,
        IStringLocalizer<FiscalYearPage> text)
    {
        var slug = country.Slug;
        var group = YearGroup.From(language, year, achievements, themes, total);
        var index = allYears.ToList().FindIndex(y => y.Year == year.Year);
        var pager = Pager.For(language, group.Path, page, PageCount(total, pageSize));

        // allYears is newest first: the previous (older) year is the next item in the list.
        var older = index + 1 < allYears.Count ? allYears[index + 1] : null;
        var newer = index > 0 ? allYears[index - 1] : null;
        var modified = achievementsModified is { } a && a > year.DateModified ? a : year.DateModified;
        string title = text["Achievements in {0}", group.Title];
        var chrome = page == 1
            ? PageChrome.ForCountry(language, slug, country.Name, Section.Achievements, title, year.Summary, group.Path, modified, new Crumb(text["Achievements"], Addresses.Achievements(language, slug)))
            : PageChrome.ForCountry(language, slug, country.Name, Section.Achievements, text["{0} (page {1} of {2})", title, page, pager.Pages], year.Summary, Pager.PathOf(language, group.Path, page), modified,
                new Crumb(text["Achievements"], Addresses.Achievements(language, slug)),
                new Crumb(group.Title, group.Path)) with
            {
                // Later pages are not published pages, so their twin is the twin year's page of the same number.
                TwinsOf = group.Path,
                FromTwin = (other, twin) => Pager.PathOf(other, twin, page),
            };
        return new(
            chrome,
            group,
            page == 1 ? year.BodyHtml : null,
            pager,
            older is null ? null : Addresses.FiscalYear(language, slug, older.Year),
            older is null ? null : Formats.FiscalYear(language, older.Year),
            newer is null ? null : Addresses.FiscalYear(language, slug, newer.Year),
            newer is null ? null : Formats.FiscalYear(language, newer.Year));
    }

    /// <summary>Pages a year of <paramref name="total"/> achievements needs; a year without any still has its first page.</summary>
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}

public sealed record AchievementPage(
    PageChrome Chrome,
    string Title,
    string FiscalYear,
    string FiscalYearPath,
    ThemeLink Theme,
    string? ResultsPeriod,
    string BodyHtml,
    IReadOnlyList<FigureView> Figures,
    SourceView? Source,
    AchievementItem? Previous,
    AchievementItem? Next) : IPortalPage
{
    /// <summary>Corrections shown under the text, oldest first.</summary>
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    public static AchievementPage From(Language language, Country country, Achievement achievement, Theme theme, AchievementListing? previous, AchievementListing? next, PortalOptions options, IStringLocalizer<AchievementPage> text)
    {
        var baseUrl = options.BaseUrl.TrimEnd('/');
        var slug = country.Slug;
        var source = Sources.Of(language, country).Find(achievement.SourceKey);
        var year = Formats.FiscalYear(language, achievement.FiscalYear);
        string figureYear = achievement.ResultsPeriod is null ? year : text["{0} (results for {1})", year, Formats.FiscalYear(language, achievement.ResultsPeriod)];
        AchievementItem? Item(AchievementListing? a) => a is null ? null : new AchievementItem(a.Title, Addresses.Achievement(language, slug, a.FiscalYear, a.Slug), a.ResultsPeriod);
        var path = Addresses.Achievement(language, slug, achievement.FiscalYear, achievement.Slug);
        var page = new AchievementPage(
            PageChrome.ForCountry(language, slug, country.Name, Section.Achievements, achievement.Title, text["{0}, {1}: {2}.", theme.Title, year, achievement.Title], path, achievement.DateModified,
                new Crumb(text["Achievements"], Addresses.Achievements(language, slug)),
                new Crumb(year, Addresses.FiscalYear(language, slug, achievement.FiscalYear))) with
            {
                OpenGraphType = "article",
                Citable = true,
                StructuredData = new Dictionary<string, object?>
                {
                    ["@context"] = "https://schema.org",
                    ["@type"] = "Article",
                    ["headline"] = achievement.Title,
                    ["url"] = baseUrl + path,
                    ["mainEntityOfPage"] = baseUrl + path,
                    ["dateModified"] = Formats.Date(achievement.DateModified),
                    ["about"] = theme.Title,
                    ["temporalCoverage"] = achievement.ResultsPeriod ?? achievement.FiscalYear,
                    ["spatialCoverage"] = new Dictionary<string, object?> { ["@type"] = "Country", ["name"] = country.Name },
                    ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = options.Publisher },
                    ["isBasedOn"] = source?.Title,
                    ["articleBody"] = achievement.BodyText,
                },
            },
            achievement.Title,
            year,
            Addresses.FiscalYear(language, slug, achievement.FiscalYear),
            ThemeLink.From(language, theme),
            achievement.ResultsPeriod is null ? null : Formats.FiscalYear(language, achievement.ResultsPeriod),
            achievement.BodyHtml,
            achievement.Figures.Select(f => FigureView.From(language, f, figureYear, source)).ToList(),
            source,
            Item(previous),
            Item(next))
        {
            Corrections = CorrectionView.Of(language, achievement.Corrections),
        };
        if (achievement.Corrections.Count > 0 && page.Chrome.StructuredData is Dictionary<string, object?> article)
        {
            // Only a corrected page says so: a dictionary writes its nulls.
            article["correction"] = CorrectionView.StructuredData(achievement.Corrections);
        }

        return page;
    }
}
