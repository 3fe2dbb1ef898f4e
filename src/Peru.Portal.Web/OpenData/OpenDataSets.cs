using System.Collections.Frozen;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.OpenData;

/// <summary>A table of open data: the same columns in CSV and JSON, one row per item, each with its page's address.</summary>
public sealed record DataTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyDictionary<string, object?> About)
{
    public IEnumerable<Dictionary<string, object?>> Records =>
        Rows.Select(r => Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2));
}

/// <summary>
/// The names of files, columns and keys in the current language. They are part of the public contract, like
/// addresses: programs read them, so the English names never change and the French ones are fixed here too.
/// </summary>
public static class OpenDataNames
{
    private static readonly FrozenDictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Files
        ["disbursements"] = "decaissements",
        ["projects"] = "projets",
        ["achievements"] = "realisations",

        // Columns
        ["fiscal_year"] = "exercice",
        ["source"] = "source",
        ["amount"] = "montant",
        ["unit"] = "unite",
        ["currency"] = "devise",
        ["amount_in_dollars"] = "montant_en_dollars",
        ["page_url"] = "adresse_page",
        ["slug"] = "slug",
        ["title"] = "titre",
        ["amount_note"] = "note_montant",
        ["duration"] = "duree",
        ["start_year"] = "annee_debut",
        ["end_year"] = "annee_fin",
        ["implementer"] = "responsable",
        ["theme"] = "theme",
        ["theme_title"] = "titre_theme",
        ["places"] = "lieux",
        ["regional"] = "regional",
        ["people_reached"] = "personnes_rejointes",
        ["announced_by"] = "annonce_par",
        ["announced_at"] = "annonce_lors_de",
        ["announced_in"] = "annonce_a",
        ["announced_from"] = "annonce_du",
        ["announced_to"] = "annonce_au",
        ["date_modified"] = "date_modification",
        ["results_period"] = "periode_resultats",
        ["figures"] = "chiffres",
        ["text"] = "texte",
        ["funding_kind"] = "type_financement",
        ["total_value"] = "valeur_totale",
        ["total_value_start_year"] = "valeur_totale_annee_debut",
        ["total_value_end_year"] = "valeur_totale_annee_fin",
        ["total_value_period_as_stated"] = "valeur_totale_periode_selon_source",

        // Values
        ["new"] = "nouveau",
        ["increase"] = "augmentation",

        // JSON keys
        ["country"] = "pays",
        ["totals"] = "totaux",
        ["count"] = "nombre",
        ["columns"] = "colonnes",
        ["rows"] = "lignes",
        ["total"] = "total",
        ["total_text"] = "total_texte",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name in the current language of the file, column or key named <paramref name="english"/>.</summary>
    public static string Of(string english) => Languages.IsFrench ? French[english] : english;

    public static IReadOnlyList<string> Of(params string[] english) => english.Select(Of).ToList();
}

public static class OpenDataSets
{
    private static string N(string english) => OpenDataNames.Of(english);

    public static DataTable Disbursements(Country country, IReadOnlyList<Disbursement> rows, string baseUrl)
    {
        var page = baseUrl + Addresses.Disbursements(language, country.Slug);
        var totals = rows.GroupBy(r => (r.FiscalYear, r.Unit, r.Currency))
            .Select(g => new Dictionary<string, object?>
            {
                [N("fiscal_year")] = g.Key.FiscalYear,
                [N("total")] = g.Sum(r => r.Amount),
                [N("unit")] = g.Key.Unit,
                [N("currency")] = g.Key.Currency,
                [N("total_text")] = Formats.Money(language, g.Sum(r => r.Amount), g.Key.Currency, g.Key.Unit),
            }).ToList();
        return new(
            N("disbursements"),
            OpenDataNames.Of("fiscal_year", "source", "amount", "unit", "currency", "amount_in_dollars", "page_url"),
            rows.Select(r => (IReadOnlyList<object?>)[r.FiscalYear, r.Source, r.Amount, r.Unit, r.Currency, r.Unit == "million" ? r.Amount * 1_000_000m : r.Amount, page]).ToList(),
            new Dictionary<string, object?> { [N("country")] = country.Name, [N("page_url")] = page, [N("totals")] = totals });
    }

    /// <summary>
    /// One row per project. <c>amount</c>, <c>duration</c>, <c>start_year</c> and <c>end_year</c> are the new funding
    /// announced; the total value has its own columns, left empty where the source gives none. Totals add only
    /// the new funding announced at one event, in one currency.
    /// </summary>
    public static DataTable Projects(Country country, IReadOnlyList<Project> projects, IReadOnlyList<Theme> themes, string baseUrl, Microsoft.Extensions.Localization.IStringLocalizer<FundingText> money)
    {
        var titles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        return new(
            N("projects"),
            OpenDataNames.Of(
                "slug", "title", "amount", "currency", "amount_note", "duration", "start_year", "end_year", "implementer", "theme", "theme_title", "places", "regional", "people_reached", "announced_by", "announced_at", "announced_in", "announced_from", "announced_to", "date_modified", "page_url",
                "funding_kind", "total_value", "total_value_start_year", "total_value_end_year", "total_value_period_as_stated"),
            projects.Select(p => (IReadOnlyList<object?>)
            [
                p.Slug, p.Title, p.FundingAmount, p.FundingCurrency, FundingText.Note(language, p, money), p.FundingDuration, p.FundingStartYear, p.FundingEndYear, p.Implementer, p.ThemeSlug,
                titles.GetValueOrDefault(p.ThemeSlug), string.Join("; ", p.Places), p.Regional,
                string.Join("; ", p.Beneficiaries.Select(b => $"{Formats.Figure(language, b.Value, null, null, b.Qualifier)} {b.Label}")),
                p.AnnouncedBy, p.AnnouncedAt, p.AnnouncedIn, p.AnnouncedFrom, p.AnnouncedTo, p.DateModified, baseUrl + Addresses.Project(language, p.CountrySlug, p.Slug),
                N(p.FundingKind), p.TotalValue, p.TotalValueStartYear, p.TotalValueEndYear, p.TotalValuePeriodAsStated,
            ]).ToList(),
            new Dictionary<string, object?>
            {
                [N("country")] = country.Name,
                [N("page_url")] = baseUrl + Addresses.Projects(language, country.Slug),
                [N("count")] = projects.Count,
                [N("totals")] = FundingText.Totals(language, projects, money).Select(t => new Dictionary<string, object?>
                {
                    [N("currency")] = t.Currency,
                    [N("total")] = t.Sum,
                    [N("count")] = t.Count,
                    [N("announced_in")] = t.AnnouncedIn,
                    [N("announced_from")] = t.AnnouncedFrom,
                    [N("announced_to")] = t.AnnouncedTo,
                    [N("total_text")] = t.Text,
                }).ToList(),
            });
    }

    public static DataTable Achievements(Country country, IReadOnlyList<Achievement> achievements, IReadOnlyList<Theme> themes, string baseUrl)
    {
        var titles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        // French typography puts a space before the colon.
        var colon = Languages.IsFrench ? " : " : ": ";
        return new(
            N("achievements"),
            OpenDataNames.Of("fiscal_year", "theme", "theme_title", "slug", "title", "results_period", "figures", "text", "date_modified", "page_url"),
            achievements.Select(a => (IReadOnlyList<object?>)
            [
                a.FiscalYear, a.ThemeSlug, titles.GetValueOrDefault(a.ThemeSlug), a.Slug, a.Title, a.ResultsPeriod,
                string.Join("; ", a.Figures.Select(f => $"{f.Label}{colon}{Formats.Figure(language, f.Value, f.Unit, null, f.Qualifier)}")),
                a.BodyText, a.DateModified, baseUrl + Addresses.Achievement(language, a.CountrySlug, a.FiscalYear, a.Slug),
            ]).ToList(),
            new Dictionary<string, object?> { [N("country")] = country.Name, [N("page_url")] = baseUrl + Addresses.Achievements(language, country.Slug), [N("count")] = achievements.Count });
    }
}
