using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
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
    IOptions<ThemeListOptions> listOptions,
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
    public Task<IActionResult> Theme(string country, string theme, CancellationToken ct) => ThemePage(country, theme, 1, ct);

    // Paged by path like a fiscal year, so the static export writes every page as a file; two segments after the
    // theme, so "page" is never taken for a slug.
    [PageAddress("{country:slug}/@thematic-focus/{theme:slug}/@page/{page:int:min(1)}")]
    public async Task<IActionResult> ThemePage(string country, string theme, int page, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await themes.GetThemeAsync(language.Code, country, theme, ct) is not { } current)
        {
            return NotFound();
        }

        if (page == 1 && RouteData.Values.ContainsKey("page"))
        {
            return RedirectPermanent(Addresses.Theme(language, country, current.Slug));
        }

        var pageSize = Math.Max(1, listOptions.Value.PageSize);
        var total = await achievements.CountInThemeAsync(language.Code, country, current.Slug, ct);
        if (page > FiscalYearPage.PageCount(total, pageSize))
        {
            return NotFound();
        }

        return View("Theme", Models.ThemePage.From(language,
            found,
            await sections.GetSectionAsync(language.Code, country, "program", ct),
            current,
            await achievements.ListThemePageAsync(language.Code, country, current.Slug, (page - 1) * pageSize, pageSize, ct),
            new ThemePaging(page, FiscalYearPage.PageCount(total, pageSize), await achievements.LastModifiedInThemeAsync(language.Code, country, current.Slug, ct)),
            await projects.ListProjectsAsync(language.Code, country, current.Slug, ct),
            themeText,
            money));
    }
}
