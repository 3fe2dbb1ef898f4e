using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class ThemesController(
    CountryRepository countries,
    SectionRepository sections,
    ThemeRepository themes,
    AchievementRepository achievements,
    ProjectRepository projects,
    IStringLocalizer<ThemePage> themeText,
    IStringLocalizer<FundingText> money) : Controller
{
    [PageAddress("{country:slug}/@thematic-focus")]
    public async Task<IActionResult> ThematicFocus(string country, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found
            || await sections.GetSectionAsync(country, "program", ct) is not { } program)
        {
            return NotFound();
        }

        return View(ThematicFocusPage.From(
            found,
            program,
            await sections.GetSectionAsync(country, "aid-effectiveness", ct),
            await themes.ListThemesAsync(country, ct)));
    }

    [PageAddress("{country:slug}/@thematic-focus/{theme:slug}")]
    public async Task<IActionResult> Theme(string country, string theme, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found
            || await themes.GetThemeAsync(country, theme, ct) is not { } current)
        {
            return NotFound();
        }

        return View(ThemePage.From(
            found,
            await sections.GetSectionAsync(country, "program", ct),
            current,
            await achievements.ListAchievementsAsync(country, theme: current.Slug, ct: ct),
            await projects.ListProjectsAsync(country, current.Slug, ct),
            themeText,
            money));
    }
}
