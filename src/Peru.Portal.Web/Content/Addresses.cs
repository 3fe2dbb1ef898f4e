using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// The portal's public addresses, in one place so the pages, the validator and the redirects agree. Each is in
/// the language it is given (/en/peru/achievements, /fr/perou/realisations, /es/peru/logros): the words come
/// from the language table and are part of the public contract.
/// </summary>
public static class Addresses
{
    public static string Home(Language language) => $"/{language.Code}";

    public static string Country(Language language, string country) => $"/{language.Code}/{country}";

    public static string ThematicFocus(Language language, string country) => $"{Country(language, country)}/{language.Word("thematic-focus")}";

    public static string Theme(Language language, string country, string slug) => $"{ThematicFocus(language, country)}/{slug}";

    public static string Achievements(Language language, string country) => $"{Country(language, country)}/{language.Word("achievements")}";

    public static string FiscalYear(Language language, string country, string year) => $"{Achievements(language, country)}/{year}";

    /// <summary>Page <paramref name="page"/> (2 and up) of a fiscal year's achievements.</summary>
    public static string FiscalYearPage(Language language, string country, string year, int page) =>
        $"{FiscalYear(language, country, year)}/{language.Word("page")}/{page}";

    public static string Achievement(Language language, string country, string year, string slug) => $"{FiscalYear(language, country, year)}/{slug}";

    public static string Relations(Language language, string country) => $"{Country(language, country)}/{language.Word("relations")}";

    public static string Disbursements(Language language, string country) => $"{Country(language, country)}/{language.Word("disbursements")}";

    public static string Projects(Language language, string country) => $"{Country(language, country)}/{language.Word("projects")}";

    public static string Project(Language language, string country, string slug) => $"{Projects(language, country)}/{slug}";

    public static string Evaluation(Language language, string country) => $"{Country(language, country)}/{language.Word("evaluation")}";

    public static string Recommendation(Language language, string country, string slug) => $"{Evaluation(language, country)}/{slug}";

    /// <summary>The map of the country's departments, with the work in each and the work outside the country.</summary>
    public static string Map(Language language, string country) => $"{Country(language, country)}/{language.Word("departments")}";

    public static string Department(Language language, string country, string slug) => $"{Map(language, country)}/{slug}";

    public static string Search(Language language) => $"/{language.Code}/{language.Word("search")}";

    public static string Glossary(Language language, string country) => $"{Country(language, country)}/{language.Word("glossary")}";

    public static string Feed(Language language, string country) => $"{Country(language, country)}/{language.Word("feed")}";

    public static string FieldDefinitions(Language language, string country) => $"{Country(language, country)}/{language.Word("field-definitions")}";

    /// <summary>The data sets of open data, each named for the page it comes from.</summary>
    public static readonly IReadOnlyList<string> DataSets = ["achievements", "disbursements", "projects", "trade_figures", "target_dates"];

    /// <summary>Open data files are named for the page they come from: achievements, disbursements, projects, bilateral relations (its trade figures) or evaluation (its target dates).</summary>
    public static string DataFile(Language language, string country, string dataset, string format) => $"{DataPage(language, country, dataset)}.{format}";

    /// <summary>The same rows as the CSV, with readable column headers in the file's language, for spreadsheets.</summary>
    public static string SpreadsheetFile(Language language, string country, string dataset) => $"{DataPage(language, country, dataset)}-{language.Word("spreadsheet")}.csv";

    /// <summary>The JSON Schema the JSON file names.</summary>
    public static string SchemaFile(Language language, string country, string dataset) => DataFile(language, country, dataset, "schema.json");

    public static string DataPage(Language language, string country, string dataset) => dataset switch
    {
        "achievements" => Achievements(language, country),
        "disbursements" => Disbursements(language, country),
        "trade_figures" => Relations(language, country),
        "target_dates" => Evaluation(language, country),
        _ => Projects(language, country),
    };

    /// <summary>Each chart as an SVG file, beside the page that shows it: the page's address with <c>.svg</c>.</summary>
    public static string DisbursementsChart(Language language, string country) => $"{Disbursements(language, country)}.svg";

    public static string ProjectsChart(Language language, string country) => $"{Projects(language, country)}.svg";

    /// <summary>The projects' periods on one timeline: <c>/en/peru/projects/periods.svg</c>.</summary>
    public static string ProjectPeriodsChart(Language language, string country) => $"{Projects(language, country)}/{language.Word("periods")}.svg";

    public static string TradeChart(Language language, string country) => $"{Relations(language, country)}.svg";

    public static string AchievementsChart(Language language, string country) => $"{Achievements(language, country)}.svg";

    /// <summary>Every chart file of a country, in one language.</summary>
    public static IEnumerable<string> ChartFiles(Language language, string country) =>
    [
        DisbursementsChart(language, country),
        ProjectsChart(language, country),
        ProjectPeriodsChart(language, country),
        TradeChart(language, country),
        AchievementsChart(language, country),
    ];

        /// <summary>The OpenAPI description of every address programs read (the OpenAPI library's default address).</summary>
    public const string ApiDescription = "/openapi/v1.json";

    /// <summary>The IATI Standard's usual name for an activity file; the same in every language, as programs look for it.</summary>
    public const string IatiFileName = "iati-activities.xml";

    /// <summary>The country's projects as IATI activity XML: the same file, every language in it, at each language's address.</summary>
    public static string IatiFile(Language language, string country) => $"{Country(language, country)}/{IatiFileName}";

    /// <summary>Addresses that are not pages but that people and programs link to: feeds, open data, the IATI file and chart files.</summary>
    public static IEnumerable<string> DataAddresses(Language language, string country)
    {
        yield return Feed(language, country);
        foreach (var dataset in DataSets)
        {
            yield return DataFile(language, country, dataset, "csv");
            yield return DataFile(language, country, dataset, "json");
            yield return SpreadsheetFile(language, country, dataset);
            yield return SchemaFile(language, country, dataset);
        }

        yield return IatiFile(language, country);
        foreach (var chart in ChartFiles(language, country))
        {
            yield return chart;
        }
    }
}
