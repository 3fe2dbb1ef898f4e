using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

/// <summary>Error pages, reached only through re-execution: they tell the reader where to go next and never what failed.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(CountryRepository countries, IStringLocalizer<ErrorPage> text, Content.ContentState state) : Controller
{
    // No parameters are bound: model binding would read the body of the failed request (a POST's form, say),
    // and a form it cannot read would leave the status code at 0.
    [Route("/error/{code:int:range(400,599)}")]
    public async Task<IActionResult> Status()
    {
        var language = HttpContext.Language();
        // Asked for directly, an error page is a page that does not exist: "/error/500" must not answer 500.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not { } reExecuted)
        {
            return NotFound();
        }

        var path = reExecuted.OriginalPath;
        var code = reExecuted.OriginalStatusCode;
        if (code == StatusCodes.Status404NotFound && state.Publication.Withdrawn.TryGetValue(path, out var withdrawn))
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return View("Error", ErrorPage.Withdrawn(language, path, withdrawn.ExpiredAt, await SafeListCountriesAsync(language, HttpContext.RequestAborted), text));
        }

        var listed = code == 404 ? await SafeListCountriesAsync(language, HttpContext.RequestAborted) : [];
        Response.StatusCode = code;
        return View("Error", ErrorPage.From(language, code, path, listed, text));
    }

    [Route("/error")]
    public IActionResult Unhandled()
    {
        var language = HttpContext.Language();
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not { } failed)
        {
            return NotFound();
        }

        var path = failed.Path;
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", ErrorPage.From(language, 500, path, [], text));
    }

    private async Task<IReadOnlyList<Country>> SafeListCountriesAsync(Localization.Language language, CancellationToken ct)
    {
        try
        {
            return await countries.ListCountriesAsync(language.Code, ct);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            // The 404 page must render even when the store cannot answer; it then simply lists no country.
            return [];
        }
    }
}
