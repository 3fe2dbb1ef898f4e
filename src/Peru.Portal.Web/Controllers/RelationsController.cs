using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class RelationsController(CountryRepository countries, SectionRepository sections, IStringLocalizer<RelationsPage> text, IStringLocalizer<ChartText> chartText) : Controller
{
    [PageAddress("{country:slug}/@relations")]
    [OpenData.DataSetPage(OpenData.SectionDataSets.TradeFigures)]
    public async Task<IActionResult> Index(string country, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await sections.GetSectionAsync(language.Code, country, "relations", ct) is not { } relations)
        {
            return NotFound();
        }

        return View(RelationsPage.From(language, 
            found,
            relations,
            await sections.ListTradeFiguresAsync(language.Code, country, ct),
            await sections.ListTimelineAsync(language.Code, country, ct),
            text,
            chartText));
    }
}
