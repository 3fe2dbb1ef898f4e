using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class GlossaryController(CountryRepository countries, SectionRepository sections) : Controller
{
    [PageAddress("{country:slug}/@glossary")]
    public async Task<IActionResult> Index(string country, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await sections.GetSectionAsync(language.Code, country, "glossary", ct) is not { } page)
        {
            return NotFound();
        }

        return View(GlossaryPage.From(language, found, page, await sections.ListGlossaryAsync(language.Code, country, ct)));
    }
}
