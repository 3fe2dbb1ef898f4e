using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Models;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Web.Controllers;

public sealed class FieldDefinitionsController(
    CountryRepository countries,
    OpenDataTables tables,
    IOptions<PortalOptions> options,
    IStringLocalizer<FieldDefinitionsPage> text,
    IStringLocalizer<FieldText> fields) : Controller
{
    [PageAddress("{country:slug}/@field-definitions")]
    public async Task<IActionResult> Index(string country, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found)
        {
            return NotFound();
        }

        var baseUrl = options.Value.BaseUrl.TrimEnd('/');
        var built = new List<(string, DataTable)>();
        foreach (var dataSet in Addresses.DataSets)
        {
            built.Add((dataSet, await tables.BuildAsync(language, found, dataSet, baseUrl, ct)));
        }

        return View(FieldDefinitionsPage.From(language, found, built, text, fields));
    }
}
