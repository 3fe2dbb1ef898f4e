using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class AchievementsController(
    CountryRepository countries,
    AchievementRepository achievements,
    ThemeRepository themes,
    IOptions<PortalOptions> options,
    IStringLocalizer<AchievementsPage> indexText,
    IStringLocalizer<FiscalYearPage> yearText,
    IStringLocalizer<AchievementPage> achievementText) : Controller
{
    [HttpGet("/en/{country:slug}/achievements")]
    [HttpGet("/fr/{country:slug}/realisations")]
    public async Task<IActionResult> Index(string country, [FromQuery] string? theme, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found)
        {
            return NotFound();
        }

        var allThemes = await themes.ListThemesAsync(country, ct);
        var active = theme is null ? null : allThemes.FirstOrDefault(t => t.Slug == theme);
        if (theme is not null && active is null)
        {
            return NotFound();
        }

        return View(AchievementsPage.From(found, await achievements.ListFiscalYearsAsync(country, ct), await achievements.ListAchievementsAsync(country, ct: ct), allThemes, active, indexText));
    }

    [HttpGet("/en/{country:slug}/achievements/{year:fiscalyear}")]

    [HttpGet("/fr/{country:slug}/realisations/{year:fiscalyear}")]
    public async Task<IActionResult> Year(string country, string year, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found || await achievements.GetFiscalYearAsync(country, year, ct) is not { } fiscalYear)
        {
            return NotFound();
        }

        return View(FiscalYearPage.From(
            found,
            fiscalYear,
            await achievements.ListFiscalYearsAsync(country, ct),
            await achievements.ListAchievementsAsync(country, year, ct: ct),
            await themes.ListThemesAsync(country, ct),
            yearText));
    }

    [HttpGet("/en/{country:slug}/achievements/{year:fiscalyear}/{slug:slug}")]

    [HttpGet("/fr/{country:slug}/realisations/{year:fiscalyear}/{slug:slug}")]
    public async Task<IActionResult> Achievement(string country, string year, string slug, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found
            || await achievements.GetAchievementAsync(country, year, slug, ct) is not { } achievement
            || await themes.GetThemeAsync(country, achievement.ThemeSlug, ct) is not { } theme)
        {
            return NotFound();
        }

        return View(AchievementPage.From(found, achievement, theme, await achievements.ListAchievementsAsync(country, year, ct: ct), options.Value, achievementText));
    }
}
