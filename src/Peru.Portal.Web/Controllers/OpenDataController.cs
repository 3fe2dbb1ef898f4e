using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Web.Controllers;

/// <summary>
/// The figures behind the pages as CSV and JSON, at addresses beside the pages they come from: the CSV with the
/// stable column names programs read, the same rows with readable headers for spreadsheets, and the JSON with
/// the JSON Schema it names.
/// </summary>
public sealed class OpenDataController(
    CountryRepository countries,
    OpenDataTables tables,
    IOptions<PortalOptions> options,
    IStringLocalizer<FieldText> fields) : Controller
{
    private const string Spreadsheet = "spreadsheet";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [PageAddress("{country:slug}/@disbursements.{format:regex(^(csv|json)$)}")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.OpenDataTable, "International assistance disbursements by fiscal year and source")]
    public Task<IActionResult> Disbursements(string country, string format, CancellationToken ct) => Answer(country, "disbursements", format, ct);

    [PageAddress("{country:slug}/@projects.{format:regex(^(csv|json)$)}")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.OpenDataTable, "Funded projects: new funding announced, period, total value, implementer, theme")]
    public Task<IActionResult> Projects(string country, string format, CancellationToken ct) => Answer(country, "projects", format, ct);

    [PageAddress("{country:slug}/@achievements.{format:regex(^(csv|json)$)}")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.OpenDataTable, "Achievements by fiscal year, with their figures")]
    public Task<IActionResult> Achievements(string country, string format, CancellationToken ct) => Answer(country, "achievements", format, ct);

    [PageAddress("{country:slug}/@disbursements-@spreadsheet.csv")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.SpreadsheetCsv, "Disbursements, with readable column headers for spreadsheets")]
    public Task<IActionResult> DisbursementsSpreadsheet(string country, CancellationToken ct) => Answer(country, "disbursements", Spreadsheet, ct);

    [PageAddress("{country:slug}/@projects-@spreadsheet.csv")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.SpreadsheetCsv, "Funded projects, with readable column headers for spreadsheets")]
    public Task<IActionResult> ProjectsSpreadsheet(string country, CancellationToken ct) => Answer(country, "projects", Spreadsheet, ct);

    [PageAddress("{country:slug}/@achievements-@spreadsheet.csv")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.SpreadsheetCsv, "Achievements, with readable column headers for spreadsheets")]
    public Task<IActionResult> AchievementsSpreadsheet(string country, CancellationToken ct) => Answer(country, "achievements", Spreadsheet, ct);

    [PageAddress("{country:slug}/@disbursements.schema.json")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.JsonSchema, "JSON Schema of the disbursements JSON file")]
    public Task<IActionResult> DisbursementsSchema(string country, CancellationToken ct) => Schema(country, "disbursements", ct);

    [PageAddress("{country:slug}/@projects.schema.json")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.JsonSchema, "JSON Schema of the projects JSON file")]
    public Task<IActionResult> ProjectsSchema(string country, CancellationToken ct) => Schema(country, "projects", ct);

    [PageAddress("{country:slug}/@achievements.schema.json")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.JsonSchema, "JSON Schema of the achievements JSON file")]
    public Task<IActionResult> AchievementsSchema(string country, CancellationToken ct) => Schema(country, "achievements", ct);

    [PageAddress("{country:slug}/@relations.{format:regex(^(csv|json)$)}")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.OpenDataTable, "Trade and investment figures of the bilateral relations")]
    public Task<IActionResult> TradeFigures(string country, string format, CancellationToken ct) => Answer(country, SectionDataSets.TradeFigures, format, ct);

    [PageAddress("{country:slug}/@evaluation.{format:regex(^(csv|json)$)}")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.OpenDataTable, "Target dates of the management response to the evaluation's recommendations")]
    public Task<IActionResult> TargetDates(string country, string format, CancellationToken ct) => Answer(country, SectionDataSets.TargetDates, format, ct);

    [PageAddress("{country:slug}/@relations-@spreadsheet.csv")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.SpreadsheetCsv, "Trade and investment figures, with readable column headers for spreadsheets")]
    public Task<IActionResult> TradeFiguresSpreadsheet(string country, CancellationToken ct) => Answer(country, SectionDataSets.TradeFigures, Spreadsheet, ct);

    [PageAddress("{country:slug}/@evaluation-@spreadsheet.csv")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.SpreadsheetCsv, "Target dates, with readable column headers for spreadsheets")]
    public Task<IActionResult> TargetDatesSpreadsheet(string country, CancellationToken ct) => Answer(country, SectionDataSets.TargetDates, Spreadsheet, ct);

    [PageAddress("{country:slug}/@relations.schema.json")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.JsonSchema, "JSON Schema of the trade and investment figures JSON file")]
    public Task<IActionResult> TradeFiguresSchema(string country, CancellationToken ct) => Schema(country, SectionDataSets.TradeFigures, ct);

    [PageAddress("{country:slug}/@evaluation.schema.json")]
    [OpenApi.DataAddress(OpenApi.DataAnswer.JsonSchema, "JSON Schema of the target dates JSON file")]
    public Task<IActionResult> TargetDatesSchema(string country, CancellationToken ct) => Schema(country, SectionDataSets.TargetDates, ct);

    private string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    private async Task<IActionResult> Schema(string country, string dataSet, CancellationToken ct)
    {
        var language = Localization.RequestLanguage.Language(HttpContext);
        if (await countries.GetCountryAsync(language.Code, country, ct) is null)
        {
            return NotFound();
        }

        Response.Headers.ContentDisposition = $"inline; filename=\"{OpenDataNames.Of(language, dataSet)}.schema.json\"";
        return File(OpenDataSchemas.For(language, dataSet, fields), "application/schema+json; charset=utf-8");
    }

    private async Task<IActionResult> Answer(string country, string dataSet, string format, CancellationToken ct)
    {
        var language = Localization.RequestLanguage.Language(HttpContext);
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found)
        {
            return NotFound();
        }

        var table = await tables.BuildAsync(language, found, dataSet, BaseUrl, ct);
        if (format == Spreadsheet)
        {
            Response.Headers.ContentDisposition = $"inline; filename=\"{country}-{table.Name}-{language.Word("spreadsheet")}.csv\"";
            var header = table.Keys.Select(k => fields[FieldCatalog.Title(k)].Value).ToList();
            return File(Csv.Write(header, table.Rows), "text/csv; charset=utf-8; header=present");
        }

        Response.Headers.ContentDisposition = $"inline; filename=\"{country}-{table.Name}.{format}\"";
        if (format == "csv")
        {
            return File(Csv.Write(table.Columns, table.Rows), "text/csv; charset=utf-8; header=present");
        }

        // The schema is named in the document, for programs that read only the body, and in a Link header (RFC 8288), for those that read only headers.
        var schema = BaseUrl + Addresses.SchemaFile(language, found.Slug, dataSet);
        Response.Headers.Link = $"<{schema}>; rel=\"describedby\"; type=\"application/schema+json\"";
        var document = new Dictionary<string, object?> { ["$schema"] = schema };
        foreach (var (key, value) in table.About)
        {
            document[key] = value;
        }

        document[OpenDataNames.Of(language, "columns")] = table.Columns;
        document[OpenDataNames.Of(language, "rows")] = table.Records.ToList();
        return File(JsonSerializer.SerializeToUtf8Bytes(document, Indented), "application/json; charset=utf-8");
    }
}
