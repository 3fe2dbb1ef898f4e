using Peru.Portal.Web.Localization;
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
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await sections.GetSectionAsync(language.Code, country, "program", ct) is not { } program)
        {
            return NotFound();
        }

        return View(ThematicFocusPage.From(language, 
            found,
            program,
            await sections.GetSectionAsync(language.Code, country, "aid-effectiveness", ct),
            await themes.ListThemesAsync(language.Code, country, ct)));
    }

    [PageAddress("{country:slug}/@thematic-focus/{theme:slug}")]
    public async Task<IActionResult> Theme(string country, string theme, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await themes.GetThemeAsync(language.Code, country, theme, ct) is not { } current)
        {
            return NotFound();
        }

        return View(ThemePage.From(language, 
            found,
            await sections.GetSectionAsync(language.Code, country, "program", ct),
            current,
            await achievements.ListAchievementsAsync(language.Code, country, theme: current.Slug, ct: ct),
            await projects.ListProjectsAsync(language.Code, country, current.Slug, ct),
            themeText,
            money));
    }
}
