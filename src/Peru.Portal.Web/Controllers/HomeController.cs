using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class HomeController(CountryRepository countries, IStringLocalizer<HomePage> text) : Controller
{
    /// <summary>The reader's remembered choice first, then the browser's preferred language, English by default.</summary>
    [HttpGet("/")]
    public IActionResult Root()
    {
        var remembered = Request.Cookies[Localization.LocalizationServices.CookieName];
        var language = remembered is Languages.English or Languages.French ? remembered : PreferredLanguage();
        Response.Headers.Vary = "Accept-Language, Cookie";
        return Redirect($"/{language}");
    }

    private string PreferredLanguage()
    {
        var preferences = Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var preference in preferences)
        {
            var tag = preference.Value.Value ?? "";
            if (tag.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
            {
                return Languages.French;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Languages.English;
            }
        }

        return Languages.English;
    }

    [HttpGet("/en")]

    [HttpGet("/fr")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(HomePage.From(await countries.ListCountriesAsync(ct), text));
}
