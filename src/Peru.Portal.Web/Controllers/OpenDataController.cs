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
    [OpenApi.DataAddress(OpenApi.DataAnswer.OpenDataTable, "International assistance disbursements by fiscal year and source")]
    public Task<IActionResult> Disbursements(string country, string format, CancellationToken ct) =>
        Answer(country, format, async (language, found) => OpenDataSets.Disbursements(language, found, await sections.ListDisbursementsAsync(language.Code, country, ct), BaseUrl), ct);

    [PageAddress("{country:slug}/@projects.{format:regex(^(csv|json)$)}")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.OpenDataTable, "Funded projects: new funding announced, period, total value, implementer, theme")]
    public Task<IActionResult> Projects(string country, string format, CancellationToken ct) =>
        Answer(country, format, async (language, found) => OpenDataSets.Projects(language, found, await projects.ListProjectsAsync(language.Code, country, ct: ct), await themes.ListThemesAsync(language.Code, country, ct), BaseUrl, money), ct);

    [PageAddress("{country:slug}/@achievements.{format:regex(^(csv|json)$)}")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.OpenDataTable, "Achievements by fiscal year, with their figures")]
    public Task<IActionResult> Achievements(string country, string format, CancellationToken ct) =>
        Answer(country, format, async (language, found) => OpenDataSets.Achievements(language, found, await achievements.ListAchievementsAsync(language.Code, country, ct: ct), await themes.ListThemesAsync(language.Code, country, ct), BaseUrl), ct);

    private string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    private async Task<IActionResult> Answer(string country, string format, Func<Localization.Language, Country, Task<DataTable>> build, CancellationToken ct)
    {
        var language = Localization.RequestLanguage.Language(HttpContext);
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found)
        {
            return NotFound();
        }

        var table = await build(language, found);
        var fileName = $"{country}-{table.Name}.{format}";
        Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        if (format == "csv")
        {
            return File(Csv.Write(table.Columns, table.Rows), "text/csv; charset=utf-8; header=present");
        }

        var document = new Dictionary<string, object?>(table.About) { [OpenDataNames.Of(language, "columns")] = table.Columns, [OpenDataNames.Of(language, "rows")] = table.Records.ToList() };
        return File(JsonSerializer.SerializeToUtf8Bytes(document, Indented), "application/json; charset=utf-8");
    }
}
