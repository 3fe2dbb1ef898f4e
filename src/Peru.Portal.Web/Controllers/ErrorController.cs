using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

/// <summary>Error pages, reached only through re-execution: they tell the reader where to go next and never what failed.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(CountryRepository countries, IStringLocalizer<ErrorPage> text) : Controller
{
    [Route("/error/{code:int:range(400,599)}")]
    public async Task<IActionResult> Status(int code, CancellationToken ct)
    {
        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "/";
        var listed = code == 404 ? await SafeListCountriesAsync(ct) : [];
        Response.StatusCode = code;
        return View("Error", ErrorPage.From(code, path, listed, text));
    }

    [Route("/error")]
    public IActionResult Unhandled()
    {
        var path = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "/";
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", ErrorPage.From(500, path, [], text));
    }

    private async Task<IReadOnlyList<Country>> SafeListCountriesAsync(CancellationToken ct)
    {
        try
        {
            return await countries.ListCountriesAsync(ct);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            // The 404 page must render even when the store cannot answer; it then simply lists no country.
            return [];
        }
    }
}
