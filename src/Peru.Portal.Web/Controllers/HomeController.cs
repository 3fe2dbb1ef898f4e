using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class HomeController(CountryRepository countries, LanguageTable languages, IStringLocalizer<HomePage> text) : Controller
{
    /// <summary>The reader's remembered choice first, then the browser's preferred language, English by default.</summary>
    [HttpGet("/")]
    public IActionResult Root()
    {
        var language = LocalizationServices.PreferredLanguage(Request, languages);
        Response.Headers.Vary = "Accept-Language, Cookie";
        return Redirect(Addresses.Home(language));
    }

    [PageAddress("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var language = HttpContext.Language();
        return View(HomePage.From(language, await countries.ListCountriesAsync(language.Code, ct), text));
    }
}
