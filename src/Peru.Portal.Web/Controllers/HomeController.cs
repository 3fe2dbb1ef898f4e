using Microsoft.AspNetCore.Mvc;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class HomeController(CountryRepository countries) : Controller
{
    /// <summary>French is not published yet, so every reader is sent to English whatever Accept-Language says.</summary>
    [HttpGet("/")]
    public IActionResult Root() => Redirect(Addresses.Home);

    [HttpGet("/en")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(HomePage.From(await countries.ListCountriesAsync(ct)));
}
