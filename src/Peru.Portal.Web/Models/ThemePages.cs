using Peru.Portal.Web.Localization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>The program's goal and framework, its themes and the progress on aid effectiveness.</summary>
public sealed record ThematicFocusPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    string? Goal,
    string BodyHtml,
    IReadOnlyList<ThematicFocusPage.ThemeCard> ProgramThemes,
    IReadOnlyList<ThematicFocusPage.ThemeCard> OtherThemes,
    ThematicFocusPage.AidSection? AidEffectiveness) : IPortalPage
{
    public sealed record ThemeCard(string Title, string Path, string Summary);

    public sealed record AidSection(string Title, string Summary, string BodyHtml);

    public static ThematicFocusPage From(Language language, Country country, SectionPage program, SectionPage? aid, IReadOnlyList<Theme> themes)
    {
        var ordered = themes.OrderBy(t => t.Order).ThenBy(t => t.Title, StringComparer.Ordinal).ToList();
        var modified = new[] { program.DateModified, aid?.DateModified ?? DateOnly.MinValue }
            .Concat(themes.Select(t => t.DateModified))
            .Max();
        ThemeCard Card(Theme t) => new(t.Title, Addresses.Theme(language, t.CountrySlug, t.Slug), t.Summary);

        return new(
            PageChrome.ForCountry(language, country.Slug, country.Name, Section.ThematicFocus, program.Title, program.Summary, Addresses.ThematicFocus(language, country.Slug), modified),
            program.Title,
            program.Summary,
            program.Goal,
            program.BodyHtml,
            // Themes with anticipated results are the ones the program was designed around; the rest were added by later announcements.
            ordered.Where(t => t.AnticipatedResults.Count > 0).Select(Card).ToList(),
            ordered.Where(t => t.AnticipatedResults.Count == 0).Select(Card).ToList(),
            aid is null ? null : new AidSection(aid.Title, aid.Summary, aid.BodyHtml));
    }
}

public sealed class ThemeListOptions
{
    public const string Section = "Portal:Themes";

    /// <summary>Achievements per page of a theme; its first page also has the theme's text and projects.</summary>
    public int PageSize { get; set; } = AchievementListOptions.DefaultPageSize;
}

/// <summary>Which page of a theme's achievements, of how many, and when the latest of all of them changed.</summary>
public sealed record ThemePaging(int Page, int Pages, DateOnly? AchievementsModified);

/// <summary>One theme: what Canada supports, the results it expects, what was achieved and the projects funded.
/// A theme with many achievements lists them over several pages; the first page also has the text and the projects.</summary>
public sealed record ThemePage(
    PageChrome Chrome,
    string CountryName,
    string Title,
    string Summary,
    string? ProgramGoal,
    string ThematicFocusPath,
    string BodyHtml,
    IReadOnlyList<string> AnticipatedResults,
    IReadOnlyList<ThemePage.YearOfAchievements> Achievements,
    IReadOnlyList<ThemePage.ProjectRow> Projects,
    Pager Pager) : IPortalPage
{
    public bool IsFirstPage => Pager.Page == 1;

    public sealed record YearOfAchievements(string Id, string FiscalYear, string Path, IReadOnlyList<AchievementLink> Achievements);

    /// <summary>A project and the document its new funding announced comes from.</summary>
    public sealed record ProjectRow(ProjectLink Project, SourceView? Source);

    // achievements are those on this page; paging says which page it is and when the theme's achievements last changed.
    public static ThemePage From(Language language, Country country, SectionPage? program, Theme theme, IReadOnlyList<Achievement> achievements, ThemePaging paging, IReadOnlyList<Project> projects, IStringLocalizer<ThemePage> text, IStringLocalizer<FundingText> money)
    {
        var sources = Sources.Of(language, country);
        var themes = new Dictionary<string, Theme>(StringComparer.Ordinal) { [theme.Slug] = theme };
        var years = achievements
            .GroupBy(a => a.FiscalYear, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new YearOfAchievements(
                $"achievements-{g.Key}",
                Formats.FiscalYear(language, g.Key),
                Addresses.FiscalYear(language, country.Slug, g.Key),
                g.OrderBy(a => a.Order).ThenBy(a => a.Slug, StringComparer.Ordinal).Select(a => AchievementLink.From(language, a, themes)).ToList()))
            .ToList();
        var modified = new[] { theme.DateModified, program?.DateModified ?? DateOnly.MinValue, paging.AchievementsModified ?? DateOnly.MinValue }
            .Concat(projects.Select(p => p.DateModified))
            .Max();
        var focusTitle = program?.Title ?? text["Thematic focus"].Value;
        var path = Addresses.Theme(language, country.Slug, theme.Slug);
        var pager = Pager.For(language, path, paging.Page, paging.Pages);
        var focus = new Crumb(focusTitle, Addresses.ThematicFocus(language, country.Slug));
        var chrome = paging.Page == 1
            ? PageChrome.ForCountry(language, country.Slug, country.Name, Section.ThematicFocus, theme.Title, theme.Summary, path, modified, focus)
            : PageChrome.ForCountry(language, country.Slug, country.Name, Section.ThematicFocus, text["{0} (page {1} of {2})", theme.Title, paging.Page, paging.Pages], theme.Summary, Pager.PathOf(language, path, paging.Page), modified,
                focus,
                new Crumb(theme.Title, path)) with
            {
                // Later pages are not published pages, so their twin is the twin theme's page of the same number.
                TwinsOf = path,
                FromTwin = (other, twin) => Pager.PathOf(other, twin, paging.Page),
            };
        var first = paging.Page == 1;

        return new(
            chrome,
            country.Name,
            theme.Title,
            theme.Summary,
            program?.Goal,
            Addresses.ThematicFocus(language, country.Slug),
            first ? theme.BodyHtml : "",
            first ? theme.AnticipatedResults : [],
            years,
            first
                ? projects
                    .OrderByDescending(p => p.FundingStartYear)
                    .ThenBy(p => p.Title, StringComparer.Ordinal)
                    .Select(p => new ProjectRow(ProjectLink.From(language, p, money), sources.Find(p.SourceKey)))
                    .ToList()
                : [],
            pager);
    }
}
