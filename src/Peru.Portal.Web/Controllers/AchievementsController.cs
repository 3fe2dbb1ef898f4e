using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class AchievementsController(
    CountryRepository countries,
    AchievementRepository achievements,
    ThemeRepository themes,
    IOptions<PortalOptions> options,
    IOptions<AchievementListOptions> listOptions,
    IStringLocalizer<AchievementsPage> indexText,
    IStringLocalizer<FiscalYearPage> yearText,
    IStringLocalizer<AchievementPage> achievementText,
    IStringLocalizer<Charts.ChartText> chartText) : Controller
{
    private int PageSize => Math.Max(1, listOptions.Value.PageSize);

    [PageAddress("{country:slug}/@achievements")]
    [OpenData.DataSetPage("achievements")]
    [ReadsQuery(QueryParameters.Theme)]
    public async Task<IActionResult> Index(string country, [FromQuery] string? theme, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found)
        {
            return NotFound();
        }

        var allThemes = await themes.ListThemesAsync(language.Code, country, ct);
        var active = theme is null ? null : allThemes.FirstOrDefault(t => t.Slug == theme);
        if (theme is not null && active is null)
        {
            return NotFound();
        }

        // Only what the page shows: the first few of each year and how many there are in all.
        return View(AchievementsPage.From(language, 
            found,
            await achievements.ListFiscalYearsAsync(language.Code, country, ct),
            await achievements.ListFirstOfEachYearAsync(language.Code, country, Math.Max(1, listOptions.Value.PerYearOnIndex), active?.Slug, ct),
            await achievements.CountByYearAsync(language.Code, country, active?.Slug, ct),
            await achievements.ListThemesWithAchievementsAsync(language.Code, country, ct),
            await achievements.LastModifiedAsync(language.Code, country, ct: ct),
            allThemes,
            active,
            active is null ? await achievements.CountByYearAndThemeAsync(language.Code, country, ct) : [],
            indexText,
            chartText));
    }

    [PageAddress("{country:slug}/@achievements/{year:fiscalyear}")]
    public Task<IActionResult> Year(string country, string year, CancellationToken ct) => YearPage(country, year, 1, ct);

    // Paged by path, not query, so the static export can write every page as a file. Three segments after the
    // section, where an achievement has two, so "page" can never be taken for an achievement's slug.
    [PageAddress("{country:slug}/@achievements/{year:fiscalyear}/@page/{page:int:min(1)}")]
    public async Task<IActionResult> YearPage(string country, string year, int page, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found || await achievements.GetFiscalYearAsync(language.Code, country, year, ct) is not { } fiscalYear)
        {
            return NotFound();
        }

        if (page == 1 && RouteData.Values.ContainsKey("page"))
        {
            return RedirectPermanent(Addresses.FiscalYear(language, country, year));
        }

        var total = await achievements.CountAsync(language.Code, country, year, ct);
        if (page > FiscalYearPage.PageCount(total, PageSize))
        {
            return NotFound();
        }

        return View("Year", FiscalYearPage.From(language, 
            found,
            fiscalYear,
            await achievements.ListFiscalYearsAsync(language.Code, country, ct),
            await achievements.ListYearPageAsync(language.Code, country, year, (page - 1) * PageSize, PageSize, ct),
            total,
            page,
            PageSize,
            await achievements.LastModifiedAsync(language.Code, country, year, ct),
            await themes.ListThemesAsync(language.Code, country, ct),
            yearText));
    }

    [PageAddress("{country:slug}/@achievements/{year:fiscalyear}/{slug:slug}")]
    public async Task<IActionResult> Achievement(string country, string year, string slug, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await achievements.GetAchievementAsync(language.Code, country, year, slug, ct) is not { } achievement
            || await themes.GetThemeAsync(language.Code, country, achievement.ThemeSlug, ct) is not { } theme)
        {
            return NotFound();
        }

        var (previous, next) = await achievements.FindNeighboursAsync(achievement, ct);
        return View(AchievementPage.From(language, found, achievement, theme, previous, next, options.Value, achievementText));
    }
}
