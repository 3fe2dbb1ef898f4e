using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class DisbursementsController(CountryRepository countries, SectionRepository sections, IStringLocalizer<DisbursementsPage> text, IStringLocalizer<ChartText> chartText) : Controller
{
    [PageAddress("{country:slug}/@disbursements")]
    [OpenData.DataSetPage("disbursements")]
    public async Task<IActionResult> Index(string country, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await sections.GetSectionAsync(language.Code, country, "disbursements", ct) is not { } page)
        {
            return NotFound();
        }

        return View(DisbursementsPage.From(language, found, page, await sections.ListDisbursementsAsync(language.Code, country, ct), text, chartText));
    }
}
