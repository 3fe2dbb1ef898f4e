using Microsoft.AspNetCore.Mvc;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class GlossaryController(CountryRepository countries, SectionRepository sections) : Controller
{
    [HttpGet("/en/{country:slug}/glossary")]
    [HttpGet("/fr/{country:slug}/glossaire")]
    public async Task<IActionResult> Index(string country, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found
            || await sections.GetSectionAsync(country, "glossary", ct) is not { } page)
        {
            return NotFound();
        }

        return View(GlossaryPage.From(found, page, await sections.ListGlossaryAsync(country, ct)));
    }
}
