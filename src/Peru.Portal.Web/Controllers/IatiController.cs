using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.OpenData.Iati;

namespace Peru.Portal.Web.Controllers;

/// <summary>A country's projects as IATI activity XML, every language in one file, at each language's address.</summary>
public sealed class IatiController(
    ActivityRepository activities,
    LanguageTable languages,
    IOptions<IatiOptions> iati,
    IOptions<PortalOptions> options,
    IStringLocalizer<IatiText> text) : Controller
{
    [PageAddress("{country:slug}/" + Addresses.IatiFileName)]
    [OpenApi.DataAddress(OpenApi.DataAnswer.IatiActivities, "The country's funded projects as IATI activities")]
    public async Task<IActionResult> Activities(string country, CancellationToken ct)
    {
        var language = RequestLanguage.Language(HttpContext);
        var twins = await activities.ListCountryTwinsAsync(language.Code, country, ct);
        if (twins.Count == 0)
        {
            return NotFound();
        }

        var source = new IatiFileSource(iati.Value.ReportingOrg, languages.All, twins, await activities.ListProjectsAsync(twins, ct),
            options.Value.BaseUrl.TrimEnd('/'), l => IatiText.Funder(l, text));
        Response.Headers.ContentDisposition = $"inline; filename=\"{country}-{Addresses.IatiFileName}\"";
        return File(IatiActivities.Write(source), "application/xml; charset=utf-8");
    }
}
