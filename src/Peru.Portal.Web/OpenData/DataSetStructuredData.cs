using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.OpenData;

/// <summary>Marks the page a data set comes from: it carries that data set's schema.org <c>Dataset</c> for dataset search engines.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DataSetPageAttribute(string dataSet) : Attribute, IFilterFactory
{
    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => new DataSetStructuredDataFilter(
        dataSet,
        serviceProvider.GetRequiredService<CountryRepository>(),
        serviceProvider.GetRequiredService<OpenDataTables>(),
        serviceProvider.GetRequiredService<IOptions<PortalOptions>>());
}

/// <summary>
/// Describes the page's data set before the view renders, from the same rows as its files (their outline: the
/// columns and the years, <see cref="OpenDataTables.OutlineAsync"/>): its period is the first and last year the rows
/// hold, its distribution every file it is published as. The content names no
/// licence, so none is claimed.
/// </summary>
public sealed class DataSetStructuredDataFilter(string dataSet, CountryRepository countries, OpenDataTables tables, IOptions<PortalOptions> options) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is ViewResult { Model: IPortalPage { Chrome: { StructuredData: null, Country: { } nav } chrome } }
            && await countries.GetCountryAsync(chrome.Language.Code, nav.Slug, context.HttpContext.RequestAborted) is { } country)
        {
            var baseUrl = options.Value.BaseUrl.TrimEnd('/');
            var table = await tables.OutlineAsync(chrome.Language, country, dataSet, baseUrl, context.HttpContext.RequestAborted);
            chrome.StructuredData = Describe(chrome, country, dataSet, table, baseUrl, options.Value.Publisher);
        }

        await next();
    }

    public static Dictionary<string, object?> Describe(PageChrome chrome, Country country, string dataSet, DataTable table, string baseUrl, string publisher)
    {
        var (language, slug) = (chrome.Language, country.Slug);
        var organization = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = publisher };
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Dataset",
            ["name"] = chrome.Title,
            ["description"] = chrome.Description,
            ["url"] = baseUrl + chrome.Path,
            ["inLanguage"] = language.Culture,
            ["isAccessibleForFree"] = true,
            ["creator"] = organization,
            ["publisher"] = organization,
            ["spatialCoverage"] = new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = country.Name },
            ["variableMeasured"] = table.Columns,
            ["distribution"] = new[]
            {
                Download("text/csv", Addresses.DataFile(language, slug, dataSet, "csv")),
                Download("text/csv", Addresses.SpreadsheetFile(language, slug, dataSet)),
                Download("application/json", Addresses.DataFile(language, slug, dataSet, "json")),
            },
        };

        if (chrome.DateModified is { } modified)
        {
            data["dateModified"] = Infrastructure.Formats.Date(modified);
        }

        if (Coverage(table) is { } coverage)
        {
            data["temporalCoverage"] = coverage;
        }

        return data;

        Dictionary<string, object?> Download(string format, string path) =>
            new() { ["@type"] = "DataDownload", ["encodingFormat"] = format, ["contentUrl"] = baseUrl + path };
    }

    /// <summary>
    /// The period the rows cover, as an ISO 8601 interval: fiscal years from the first one's April 1 to the last
    /// one's March 31, or whole years from the first year the rows name to the last.
    /// </summary>
    public static string? Coverage(DataTable table)
    {
        var years = Values(table, "fiscal_year").Select(y => (From: Year(y[..4]), To: Year(y[^4..]))).Where(y => y.From > 0 && y.To > 0).ToList();
        if (years.Count > 0)
        {
            return $"{years.Min(y => y.From)}-04-01/{years.Max(y => y.To)}-03-31";
        }

        // Projects run from a start year to an end year; a trade figure is for one year; a target date names its year first.
        var starts = Values(table, "start_year").Concat(Values(table, "year")).Concat(Values(table, "target_date")).Select(v => Year(v[..4])).Where(y => y > 0).ToList();
        var ends = Values(table, "end_year").Concat(Values(table, "year")).Concat(Values(table, "target_date")).Select(v => Year(v[..4])).Where(y => y > 0).ToList();
        return starts.Count > 0 && ends.Count > 0 ? $"{starts.Min()}/{ends.Max()}" : null;
    }

    private static IEnumerable<string> Values(DataTable table, string key)
    {
        var column = table.Keys.ToList().IndexOf(key);
        return column < 0 ? [] : table.Rows.Select(r => Convert.ToString(r[column], CultureInfo.InvariantCulture) ?? "").Where(v => v.Length >= 4);
    }

    private static int Year(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;
}
