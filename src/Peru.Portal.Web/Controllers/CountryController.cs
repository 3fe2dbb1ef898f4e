using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class CountryController(
    CountryRepository countries,
    SectionRepository sections,
    ThemeRepository themes,
    AchievementRepository achievements,
    ProjectRepository projects,
    EvaluationRepository evaluation,
    IStringLocalizer<CountryPage> text) : Controller
{
    [HttpGet("/en/{country:slug}")]
    [HttpGet("/fr/{country:slug}")]
    public async Task<IActionResult> Overview(string country, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found)
        {
            return NotFound();
        }

        var pages = new List<SectionPage>();
        foreach (var kind in await sections.ListSectionKindsAsync(country, ct))
        {
            pages.Add((await sections.GetSectionAsync(country, kind, ct))!);
        }

        return View(CountryPage.From(
            found,
            pages,
            (await themes.ListThemesAsync(country, ct)).Count,
            await achievements.ListFiscalYearsAsync(country, ct),
            (await achievements.ListAchievementsAsync(country, ct: ct)).Count,
            (await projects.ListProjectsAsync(country, ct: ct)).Count,
            (await evaluation.ListRecommendationsAsync(country, ct)).Count,
            text));
    }
}
