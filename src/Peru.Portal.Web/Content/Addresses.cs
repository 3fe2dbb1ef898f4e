namespace Peru.Portal.Web.Content;

/// <summary>The portal's public addresses, in one place so the pages, the validator and the redirects agree.</summary>
public static class Addresses
{
    public const string Language = "en";

    public static string Home => $"/{Language}";

    public static string Country(string country) => $"/{Language}/{country}";

    public static string ThematicFocus(string country) => $"{Country(country)}/thematic-focus";

    public static string Theme(string country, string slug) => $"{ThematicFocus(country)}/{slug}";

    public static string Achievements(string country) => $"{Country(country)}/achievements";

    public static string FiscalYear(string country, string year) => $"{Achievements(country)}/{year}";

    public static string Achievement(string country, string year, string slug) => $"{FiscalYear(country, year)}/{slug}";

    public static string Relations(string country) => $"{Country(country)}/bilateral-relations";

    public static string Disbursements(string country) => $"{Country(country)}/disbursements";

    public static string Projects(string country) => $"{Country(country)}/projects";

    public static string Project(string country, string slug) => $"{Projects(country)}/{slug}";

    public static string Evaluation(string country) => $"{Country(country)}/evaluation";

    public static string Recommendation(string country, string slug) => $"{Evaluation(country)}/{slug}";

    public static string Search => $"/{Language}/search";

    public static string Feed(string country) => $"{Country(country)}/feed.xml";

    public static string DataFile(string country, string dataset, string format) => $"{Country(country)}/{dataset}.{format}";

    /// <summary>Addresses that are not pages but that people and programs link to: feeds and open data.</summary>
    public static IEnumerable<string> DataAddresses(string country)
    {
        yield return Feed(country);
        foreach (var dataset in new[] { "achievements", "disbursements", "projects" })
        {
            yield return DataFile(country, dataset, "csv");
            yield return DataFile(country, dataset, "json");
        }
    }
}
