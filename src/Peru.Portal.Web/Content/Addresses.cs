namespace Peru.Portal.Web.Content;

/// <summary>
/// The portal's public addresses, in one place so the pages, the validator and the redirects agree.
/// They are in the current language: /en/peru/achievements or /fr/perou/realisations. The words are
/// part of the public contract and never change.
/// </summary>
public static class Addresses
{
    private sealed record Words(string ThematicFocus, string Achievements, string Relations, string Disbursements, string Projects, string Evaluation, string Glossary, string Search, string Feed);

    private static readonly Words English = new("thematic-focus", "achievements", "bilateral-relations", "disbursements", "projects", "evaluation", "glossary", "search", "feed.xml");
    private static readonly Words French = new("orientation-thematique", "realisations", "relations-bilaterales", "decaissements", "projets", "evaluation", "glossaire", "recherche", "fil.xml");

    private static Words Current => Languages.IsFrench ? French : English;

    public static string Language => Languages.Current;

    public static string Home => $"/{Language}";

    public static string Country(string country) => $"/{Language}/{country}";

    public static string ThematicFocus(string country) => $"{Country(country)}/{Current.ThematicFocus}";

    public static string Theme(string country, string slug) => $"{ThematicFocus(country)}/{slug}";

    public static string Achievements(string country) => $"{Country(country)}/{Current.Achievements}";

    public static string FiscalYear(string country, string year) => $"{Achievements(country)}/{year}";

    public static string Achievement(string country, string year, string slug) => $"{FiscalYear(country, year)}/{slug}";

    public static string Relations(string country) => $"{Country(country)}/{Current.Relations}";

    public static string Disbursements(string country) => $"{Country(country)}/{Current.Disbursements}";

    public static string Projects(string country) => $"{Country(country)}/{Current.Projects}";

    public static string Project(string country, string slug) => $"{Projects(country)}/{slug}";

    public static string Evaluation(string country) => $"{Country(country)}/{Current.Evaluation}";

    public static string Recommendation(string country, string slug) => $"{Evaluation(country)}/{slug}";

    public static string Glossary(string country) => $"{Country(country)}/{Current.Glossary}";

    public static string Search => $"/{Language}/{Current.Search}";

    public static string Feed(string country) => $"{Country(country)}/{Current.Feed}";

    /// <summary>Open data files are named for the page they come from: achievements, disbursements or projects.</summary>
    public static string DataFile(string country, string dataset, string format) => dataset switch
    {
        "achievements" => $"{Achievements(country)}.{format}",
        "disbursements" => $"{Disbursements(country)}.{format}",
        _ => $"{Projects(country)}.{format}",
    };

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
