using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class PlacesController(
    CountryRepository countries,
    SectionRepository sections,
    PlaceRepository places,
    ThemeRepository themes,
    IStringLocalizer<DepartmentPage> departmentText,
    IStringLocalizer<FundingText> money) : Controller
{
    [PageAddress("{country:slug}/@departments")]
    public async Task<IActionResult> Map(string country, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await sections.GetSectionAsync(language.Code, country, "map", ct) is not { } map)
        {
            return NotFound();
        }

        var (outside, unplaced) = await places.ListProjectsOffTheMapAsync(language.Code, country, ct);
        return View(MapPage.From(language, found, map, await places.GetDrawingAsync(language.Code, country, ct),
            await places.ListDepartmentsWithWorkAsync(language.Code, country, ct), outside, unplaced, money));
    }

    [PageAddress("{country:slug}/@departments/{department:slug}")]
    public async Task<IActionResult> Department(string country, string department, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await sections.GetSectionAsync(language.Code, country, "map", ct) is not { } map
            || await places.GetDepartmentAsync(language.Code, country, department, ct) is not { } current)
        {
            return NotFound();
        }

        var themeList = await themes.ListThemesAsync(language.Code, country, ct);
        return View(DepartmentPage.From(language, found, map, current,
            await places.ListAchievementsInAsync(language.Code, country, current.Slug, ct),
            await places.ListProjectsInAsync(language.Code, country, current.Slug, ct),
            themeList.ToDictionary(t => t.Slug, StringComparer.Ordinal), departmentText, money));
    }
}
