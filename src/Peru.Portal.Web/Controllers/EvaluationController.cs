using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class EvaluationController(
    CountryRepository countries,
    SectionRepository sections,
    EvaluationRepository evaluation,
    IStringLocalizer<EvaluationPage> text) : Controller
{
    [PageAddress("{country:slug}/@evaluation")]
    [OpenData.DataSetPage(OpenData.SectionDataSets.TargetDates)]
    public async Task<IActionResult> Index(string country, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await sections.GetSectionAsync(language.Code, country, "evaluation", ct) is not { } section)
        {
            return NotFound();
        }

        return View(EvaluationPage.From(language, found, section, await evaluation.ListRecommendationsAsync(language.Code, country, ct), text));
    }

    [PageAddress("{country:slug}/@evaluation/{slug:slug}")]
    public async Task<IActionResult> Recommendation(string country, string slug, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await evaluation.GetRecommendationAsync(language.Code, country, slug, ct) is not { } recommendation)
        {
            return NotFound();
        }

        return View(RecommendationPage.From(language, 
            found,
            await sections.GetSectionAsync(language.Code, country, "evaluation", ct),
            await evaluation.ListRecommendationsAsync(language.Code, country, ct),
            recommendation,
            text));
    }
}
