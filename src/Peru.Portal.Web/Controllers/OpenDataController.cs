using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Web.Controllers;

/// <summary>The figures behind the pages as CSV and JSON, at addresses beside the pages they come from.</summary>
public sealed class OpenDataController(
    CountryRepository countries,
    SectionRepository sections,
    ProjectRepository projects,
    AchievementRepository achievements,
    ThemeRepository themes,
    IOptions<PortalOptions> options,
    Microsoft.Extensions.Localization.IStringLocalizer<Models.FundingText> money) : Controller
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [PageAddress("{country:slug}/@disbursements.{format:regex(^(csv|json)$)}")]
    public Task<IActionResult> Disbursements(string country, string format, CancellationToken ct) =>
        Answer(country, format, async found => OpenDataSets.Disbursements(found, await sections.ListDisbursementsAsync(country, ct), BaseUrl), ct);

    [PageAddress("{country:slug}/@projects.{format:regex(^(csv|json)$)}")]
    public Task<IActionResult> Projects(string country, string format, CancellationToken ct) =>
        Answer(country, format, async found => OpenDataSets.Projects(found, await projects.ListProjectsAsync(country, ct: ct), await themes.ListThemesAsync(country, ct), BaseUrl, money), ct);

    [PageAddress("{country:slug}/@achievements.{format:regex(^(csv|json)$)}")]
    public Task<IActionResult> Achievements(string country, string format, CancellationToken ct) =>
        Answer(country, format, async found => OpenDataSets.Achievements(found, await achievements.ListAchievementsAsync(country, ct: ct), await themes.ListThemesAsync(country, ct), BaseUrl), ct);

    private string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    private async Task<IActionResult> Answer(string country, string format, Func<Country, Task<DataTable>> build, CancellationToken ct)
    {
        if (await countries.GetCountryAsync(country, ct) is not { } found)
        {
            return NotFound();
        }

        var table = await build(found);
        var fileName = $"{country}-{table.Name}.{format}";
        Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        if (format == "csv")
        {
            return File(Csv.Write(table.Columns, table.Rows), "text/csv; charset=utf-8; header=present");
        }

        var document = new Dictionary<string, object?>(table.About) { [OpenDataNames.Of("columns")] = table.Columns, [OpenDataNames.Of("rows")] = table.Records.ToList() };
        return File(JsonSerializer.SerializeToUtf8Bytes(document, Indented), "application/json; charset=utf-8");
    }
}
