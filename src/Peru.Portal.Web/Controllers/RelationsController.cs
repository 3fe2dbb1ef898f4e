using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class RelationsController(CountryRepository countries, SectionRepository sections, IStringLocalizer<RelationsPage> text) : Controller
{
    [PageAddress("{country:slug}/@relations")]
    public async Task<IActionResult> Index(string country, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found
            || await sections.GetSectionAsync(country, "relations", ct) is not { } relations)
        {
            return NotFound();
        }

        return View(RelationsPage.From(
            found,
            relations,
            await sections.ListTradeFiguresAsync(country, ct),
            await sections.ListTimelineAsync(country, ct),
            text));
    }
}
