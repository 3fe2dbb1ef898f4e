using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class HomeController(CountryRepository countries, IStringLocalizer<HomePage> text) : Controller
{
    /// <summary>The reader's remembered choice first, then the browser's preferred language, English by default.</summary>
    [HttpGet("/")]
    public IActionResult Root()
    {
        var remembered = Request.Cookies[Localization.LocalizationServices.CookieName];
        var language = remembered is Languages.English or Languages.French ? remembered : Localization.LocalizationServices.BrowserLanguage(Request);
        Response.Headers.Vary = "Accept-Language, Cookie";
        return Redirect($"/{language}");
    }

    [PageAddress("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(HomePage.From(await countries.ListCountriesAsync(ct), text));
}
