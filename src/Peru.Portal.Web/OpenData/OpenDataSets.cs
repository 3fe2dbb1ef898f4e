using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.OpenData;

/// <summary>
/// A table of open data: the same columns in CSV and JSON, one row per item, each with its page's address.
/// <paramref name="Keys"/> are the columns' English names, which the field definitions are kept under.
/// </summary>
public sealed record DataTable(string Name, IReadOnlyList<string> Keys, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyDictionary<string, object?> About, Language Language)
{
    /// <summary>The columns' names in the table's language: stable, for programs.</summary>
    public IReadOnlyList<string> Columns => OpenDataNames.Of(Language, [.. Keys]);

    public IEnumerable<Dictionary<string, object?>> Records =>
        Rows.Select(r => Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2));
}

/// <summary>
/// The names of files, columns and keys in a language, from the language table. They are part of the public
/// contract, like addresses: programs read them, so once published a name never changes.
/// </summary>
public static class OpenDataNames
{
    /// <summary>The name in <paramref name="language"/> of the file, column or key named <paramref name="english"/>.</summary>
    public static string Of(Language language, string english) => language.DataNames.GetValueOrDefault(english, english);

    public static IReadOnlyList<string> Of(Language language, params string[] english) => [.. english.Select(e => Of(language, e))];
}

public static class OpenDataSets
{
    public static DataTable Disbursements(Language language, Country country, IReadOnlyList<Disbursement> rows, string baseUrl)
    {
        var page = baseUrl + Addresses.Disbursements(language, country.Slug);
        var totals = rows.GroupBy(r => (r.FiscalYear, r.Unit, r.Currency))
            .Select(g => new Dictionary<string, object?>
            {
                [OpenDataNames.Of(language, "fiscal_year")] = g.Key.FiscalYear,
                [OpenDataNames.Of(language, "total")] = g.Sum(r => r.Amount),
                [OpenDataNames.Of(language, "unit")] = g.Key.Unit,
                [OpenDataNames.Of(language, "currency")] = g.Key.Currency,
                [OpenDataNames.Of(language, "total_text")] = Formats.Money(language, g.Sum(r => r.Amount), g.Key.Currency, g.Key.Unit),
            }).ToList();
        return new(
            OpenDataNames.Of(language, "disbursements"),
            ["fiscal_year", "source", "amount", "unit", "currency", "amount_in_dollars", "page_url"],
            rows.Select(r => (IReadOnlyList<object?>)[r.FiscalYear, r.Source, r.Amount, r.Unit, r.Currency, r.Unit == "million" ? r.Amount * 1_000_000m : r.Amount, page]).ToList(),
            new Dictionary<string, object?> { [OpenDataNames.Of(language, "country")] = country.Name, [OpenDataNames.Of(language, "page_url")] = page, [OpenDataNames.Of(language, "totals")] = totals },
            language);
    }

    /// <summary>
    /// One row per project. <c>amount</c>, <c>duration</c>, <c>start_year</c> and <c>end_year</c> are the new funding
    /// announced; the total value has its own columns, left empty where the source gives none. Totals add only
    /// the new funding announced at one event, in one currency.
    /// </summary>
    public static DataTable Projects(Language language, Country country, IReadOnlyList<Project> projects, IReadOnlyList<Theme> themes, string baseUrl, Microsoft.Extensions.Localization.IStringLocalizer<FundingText> money)
    {
        var titles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        return new(
            OpenDataNames.Of(language, "projects"),
            [
                "slug", "title", "amount", "currency", "amount_note", "duration", "start_year", "end_year", "implementer", "theme", "theme_title", "places", "regional", "people_reached", "announced_by", "announced_at", "announced_in", "announced_from", "announced_to", "date_modified", "page_url",
                "funding_kind", "total_value", "total_value_start_year", "total_value_end_year", "total_value_period_as_stated",
            ],
            projects.Select(p => (IReadOnlyList<object?>)
            [
                p.Slug, p.Title, p.FundingAmount, p.FundingCurrency, FundingText.Note(language, p, money), p.FundingDuration, p.FundingStartYear, p.FundingEndYear, p.Implementer, p.ThemeSlug,
                titles.GetValueOrDefault(p.ThemeSlug), string.Join("; ", p.Places), p.Regional,
                string.Join("; ", p.Beneficiaries.Select(b => $"{Formats.Figure(language, b.Value, null, null, b.Qualifier)} {b.Label}")),
                p.AnnouncedBy, p.AnnouncedAt, p.AnnouncedIn, p.AnnouncedFrom, p.AnnouncedTo, p.DateModified, baseUrl + Addresses.Project(language, p.CountrySlug, p.Slug),
                OpenDataNames.Of(language, p.FundingKind), p.TotalValue, p.TotalValueStartYear, p.TotalValueEndYear, p.TotalValuePeriodAsStated,
            ]).ToList(),
            new Dictionary<string, object?>
            {
                [OpenDataNames.Of(language, "country")] = country.Name,
                [OpenDataNames.Of(language, "page_url")] = baseUrl + Addresses.Projects(language, country.Slug),
                [OpenDataNames.Of(language, "count")] = projects.Count,
                [OpenDataNames.Of(language, "totals")] = FundingText.Totals(language, projects, money).Select(t => new Dictionary<string, object?>
                {
                    [OpenDataNames.Of(language, "currency")] = t.Currency,
                    [OpenDataNames.Of(language, "total")] = t.Sum,
                    [OpenDataNames.Of(language, "count")] = t.Count,
                    [OpenDataNames.Of(language, "announced_in")] = t.AnnouncedIn,
                    [OpenDataNames.Of(language, "announced_from")] = t.AnnouncedFrom,
                    [OpenDataNames.Of(language, "announced_to")] = t.AnnouncedTo,
                    [OpenDataNames.Of(language, "total_text")] = t.Text,
                }).ToList(),
            },
            language);
    }

    public static DataTable Achievements(Language language, Country country, IReadOnlyList<AchievementDataRow> achievements, IReadOnlyList<Theme> themes, string baseUrl)
    {
        var titles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        var colon = language.Formats.LabelSeparator;
        return new(
            OpenDataNames.Of(language, "achievements"),
            ["fiscal_year", "theme", "theme_title", "slug", "title", "results_period", "figures", "text", "date_modified", "page_url"],
            achievements.Select(a => (IReadOnlyList<object?>)
            [
                a.FiscalYear, a.ThemeSlug, titles.GetValueOrDefault(a.ThemeSlug), a.Slug, a.Title, a.ResultsPeriod,
                string.Join("; ", a.Figures.Select(f => $"{f.Label}{colon}{Formats.Figure(language, f.Value, f.Unit, null, f.Qualifier)}")),
                a.BodyText, a.DateModified, baseUrl + Addresses.Achievement(language, a.CountrySlug, a.FiscalYear, a.Slug),
            ]).ToList(),
            new Dictionary<string, object?> { [OpenDataNames.Of(language, "country")] = country.Name, [OpenDataNames.Of(language, "page_url")] = baseUrl + Addresses.Achievements(language, country.Slug), [OpenDataNames.Of(language, "count")] = achievements.Count },
            language);
    }
}
