using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>Achievements of one fiscal year, grouped under the themes they belong to, in theme order.</summary>
public sealed record YearGroup(string Year, string Title, string Path, string Summary, IReadOnlyList<ThemeGroup> Themes)
{
    public int Count => Themes.Sum(t => t.Achievements.Count);

    public static YearGroup From(FiscalYear year, IEnumerable<Achievement> achievements, IReadOnlyList<Theme> themes)
    {
        var order = themes.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var byTheme = themes.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var groups = achievements
            .GroupBy(a => a.ThemeSlug)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => new ThemeGroup(
                byTheme.TryGetValue(g.Key, out var t) ? t.Title : g.Key,
                Addresses.Theme(year.CountrySlug, g.Key),
                g.OrderBy(a => a.Order).Select(a => new AchievementItem(a.Title, Addresses.Achievement(a.CountrySlug, a.FiscalYear, a.Slug), a.ResultsPeriod)).ToList()))
            .ToList();
        return new(year.Year, Formats.FiscalYear(year.Year), Addresses.FiscalYear(year.CountrySlug, year.Year), year.Summary, groups);
    }
}

public sealed record ThemeGroup(string Title, string Path, IReadOnlyList<AchievementItem> Achievements);

public sealed record AchievementItem(string Title, string Path, string? ResultsPeriod);

public sealed record ThemeFilter(string Title, string Path, bool Active);

public sealed record AchievementsPage(PageChrome Chrome, IReadOnlyList<ThemeFilter> Filters, string? ActiveTheme, IReadOnlyList<YearGroup> Years) : IPortalPage
{
    public int Count => Years.Sum(y => y.Count);

    public static AchievementsPage From(Country country, IReadOnlyList<FiscalYear> years, IReadOnlyList<Achievement> achievements, IReadOnlyList<Theme> themes, Theme? activeTheme, IStringLocalizer<AchievementsPage> text)
    {
        var slug = country.Slug;
        var path = Addresses.Achievements(slug);
        var used = achievements.Select(a => a.ThemeSlug).ToHashSet(StringComparer.Ordinal);
        List<ThemeFilter> filters = [new(text["All themes"], path, activeTheme is null)];
        filters.AddRange(themes.Where(t => used.Contains(t.Slug)).Select(t => new ThemeFilter(t.Title, $"{path}?theme={t.Slug}", t.Slug == activeTheme?.Slug)));
        var shown = activeTheme is null ? achievements : achievements.Where(a => a.ThemeSlug == activeTheme.Slug).ToList();
        var groups = years
            .Select(y => YearGroup.From(y, shown.Where(a => a.FiscalYear == y.Year), themes))
            .Where(g => g.Count > 0)
            .ToList();
        string title = activeTheme is null ? text["Achievements"] : text["Achievements: {0}", activeTheme.Title];
        var dates = achievements.Select(a => a.DateModified).Concat(years.Select(y => y.DateModified)).ToList();
        return new(
            PageChrome.ForCountry(slug, country.Name, Section.Achievements, title, text["What Canada's international assistance achieved in {0}, by fiscal year and theme.", country.Name], path, dates.Count == 0 ? null : dates.Max()),
            filters,
            activeTheme?.Title,
            groups);
    }
}

public sealed record FiscalYearPage(PageChrome Chrome, YearGroup Year, string BodyHtml, string? PreviousYearPath, string? PreviousYearTitle, string? NextYearPath, string? NextYearTitle) : IPortalPage
{
    public static FiscalYearPage From(Country country, FiscalYear year, IReadOnlyList<FiscalYear> allYears, IReadOnlyList<Achievement> achievements, IReadOnlyList<Theme> themes, IStringLocalizer<FiscalYearPage> text)
    {
        var slug = country.Slug;
        var group = YearGroup.From(year, achievements, themes);
        var index = allYears.ToList().FindIndex(y => y.Year == year.Year);

        // allYears is newest first: the previous (older) year is the next item in the list.
        var older = index + 1 < allYears.Count ? allYears[index + 1] : null;
        var newer = index > 0 ? allYears[index - 1] : null;
        var dates = achievements.Select(a => a.DateModified).Append(year.DateModified);
        return new(
            PageChrome.ForCountry(slug, country.Name, Section.Achievements, text["Achievements in {0}", group.Title], year.Summary, group.Path, dates.Max(),
                new Crumb(text["Achievements"], Addresses.Achievements(slug))),
            group,
            year.BodyHtml,
            older is null ? null : Addresses.FiscalYear(slug, older.Year),
            older is null ? null : Formats.FiscalYear(older.Year),
            newer is null ? null : Addresses.FiscalYear(slug, newer.Year),
            newer is null ? null : Formats.FiscalYear(newer.Year));
    }
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
    public static AchievementPage From(Country country, Achievement achievement, Theme theme, IReadOnlyList<Achievement> sameYear, PortalOptions options, IStringLocalizer<AchievementPage> text)
    {
        var baseUrl = options.BaseUrl.TrimEnd('/');
        var slug = country.Slug;
        var source = Sources.Of(country).Find(achievement.SourceKey);
        var year = Formats.FiscalYear(achievement.FiscalYear);
        string figureYear = achievement.ResultsPeriod is null ? year : text["{0} (results for {1})", year, Formats.FiscalYear(achievement.ResultsPeriod)];
        var ordered = sameYear.OrderBy(a => a.Order).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var index = ordered.FindIndex(a => a.Slug == achievement.Slug);
        AchievementItem? Item(int i) => i >= 0 && i < ordered.Count && i != index
            ? new AchievementItem(ordered[i].Title, Addresses.Achievement(slug, ordered[i].FiscalYear, ordered[i].Slug), ordered[i].ResultsPeriod)
            : null;
        var path = Addresses.Achievement(slug, achievement.FiscalYear, achievement.Slug);
        return new(
            PageChrome.ForCountry(slug, country.Name, Section.Achievements, achievement.Title, text["{0}, {1}: {2}.", theme.Title, year, achievement.Title], path, achievement.DateModified,
                new Crumb(text["Achievements"], Addresses.Achievements(slug)),
                new Crumb(year, Addresses.FiscalYear(slug, achievement.FiscalYear))) with
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
            Addresses.FiscalYear(slug, achievement.FiscalYear),
            ThemeLink.From(theme),
            achievement.ResultsPeriod is null ? null : Formats.FiscalYear(achievement.ResultsPeriod),
            achievement.BodyHtml,
            achievement.Figures.Select(f => FigureView.From(f, figureYear, source)).ToList(),
            source,
            Item(index - 1),
            Item(index + 1));
    }
}
