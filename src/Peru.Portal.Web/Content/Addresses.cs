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

    /// <summary>Open data files are named for the page they come from: achievements, disbursements or projects.</summary>
    public static string DataFile(Language language, string country, string dataset, string format) => dataset switch
    {
        "achievements" => $"{Achievements(language, country)}.{format}",
        "disbursements" => $"{Disbursements(language, country)}.{format}",
        _ => $"{Projects(language, country)}.{format}",
    };

    /// <summary>Addresses that are not pages but that people and programs link to: feeds and open data.</summary>
    public static IEnumerable<string> DataAddresses(Language language, string country)
    {
        yield return Feed(language, country);
        foreach (var dataset in new[] { "achievements", "disbursements", "projects" })
        {
            yield return DataFile(language, country, dataset, "csv");
            yield return DataFile(language, country, dataset, "json");
        }
    }
}
