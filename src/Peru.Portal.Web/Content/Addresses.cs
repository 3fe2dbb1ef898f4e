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

    public static string Search(Language language) => $"/{language.Code}/{language.Word("search")}";

    public static string Glossary(Language language, string country) => $"{Country(language, country)}/{language.Word("glossary")}";

    public static string Feed(Language language, string country) => $"{Country(language, country)}/{language.Word("feed")}";

    /// <summary>Open data files are named for the page they come from: achievements, disbursements or projects.</summary>
    public static string DataFile(Language language, string country, string dataset, string format) => dataset switch
    {
        "achievements" => $"{Achievements(language, country)}.{format}",
        "disbursements" => $"{Disbursements(language, country)}.{format}",
        _ => $"{Projects(language, country)}.{format}",
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

    /// <summary>Addresses that are not pages but that people and programs link to: feeds, open data and chart files.</summary>
    public static IEnumerable<string> DataAddresses(Language language, string country)
    {
        yield return Feed(language, country);
        foreach (var dataset in new[] { "achievements", "disbursements", "projects" })
        {
            yield return DataFile(language, country, dataset, "csv");
            yield return DataFile(language, country, dataset, "json");
        }

        foreach (var chart in ChartFiles(language, country))
        {
            yield return chart;
        }
    }
}
