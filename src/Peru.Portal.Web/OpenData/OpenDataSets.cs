using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.OpenData;

/// <summary>A table of open data: the same columns in CSV and JSON, one row per item, each with its page's address.</summary>
public sealed record DataTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyDictionary<string, object?> About)
{
    public IEnumerable<Dictionary<string, object?>> Records =>
        Rows.Select(r => Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2));
}

public static class OpenDataSets
{
    public static DataTable Disbursements(Country country, IReadOnlyList<Disbursement> rows, string baseUrl)
    {
        var page = baseUrl + Addresses.Disbursements(country.Slug);
        var totals = rows.GroupBy(r => (r.FiscalYear, r.Unit, r.Currency))
            .Select(g => new Dictionary<string, object?>
            {
                ["fiscal_year"] = g.Key.FiscalYear,
                ["total"] = g.Sum(r => r.Amount),
                ["unit"] = g.Key.Unit,
                ["currency"] = g.Key.Currency,
                ["total_text"] = Formats.Money(g.Sum(r => r.Amount), g.Key.Currency, g.Key.Unit),
            }).ToList();
        return new(
            "disbursements",
            ["fiscal_year", "source", "amount", "unit", "currency", "amount_in_dollars", "page_url"],
            rows.Select(r => (IReadOnlyList<object?>)[r.FiscalYear, r.Source, r.Amount, r.Unit, r.Currency, r.Unit == "million" ? r.Amount * 1_000_000m : r.Amount, page]).ToList(),
            new Dictionary<string, object?> { ["country"] = country.Name, ["page_url"] = page, ["totals"] = totals });
    }

    public static DataTable Projects(Country country, IReadOnlyList<Project> projects, IReadOnlyList<Theme> themes, string baseUrl)
    {
        var titles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        return new(
            "projects",
            ["slug", "title", "amount", "currency", "amount_note", "duration", "start_year", "end_year", "implementer", "theme", "theme_title", "places", "regional", "people_reached", "announced_by", "announced_at", "announced_in", "announced_from", "announced_to", "date_modified", "page_url"],
            projects.Select(p => (IReadOnlyList<object?>)
            [
                p.Slug, p.Title, p.Amount, p.Currency, p.AmountNote, p.Duration, p.StartYear, p.EndYear, p.Implementer, p.ThemeSlug,
                titles.GetValueOrDefault(p.ThemeSlug), string.Join("; ", p.Places), p.Regional,
                string.Join("; ", p.Beneficiaries.Select(b => $"{Formats.Figure(b.Value, null, null, b.Qualifier)} {b.Label}")),
                p.AnnouncedBy, p.AnnouncedAt, p.AnnouncedIn, p.AnnouncedFrom, p.AnnouncedTo, p.DateModified, baseUrl + Addresses.Project(p.CountrySlug, p.Slug),
            ]).ToList(),
            new Dictionary<string, object?>
            {
                ["country"] = country.Name,
                ["page_url"] = baseUrl + Addresses.Projects(country.Slug),
                ["count"] = projects.Count,
                ["totals"] = projects.GroupBy(p => p.Currency).Select(g => new Dictionary<string, object?> { ["currency"] = g.Key, ["total"] = g.Sum(p => p.Amount) }).ToList(),
            });
    }

    public static DataTable Achievements(Country country, IReadOnlyList<Achievement> achievements, IReadOnlyList<Theme> themes, string baseUrl)
    {
        var titles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        return new(
            "achievements",
            ["fiscal_year", "theme", "theme_title", "slug", "title", "results_period", "figures", "text", "date_modified", "page_url"],
            achievements.Select(a => (IReadOnlyList<object?>)
            [
                a.FiscalYear, a.ThemeSlug, titles.GetValueOrDefault(a.ThemeSlug), a.Slug, a.Title, a.ResultsPeriod,
                string.Join("; ", a.Figures.Select(f => $"{f.Label}: {Formats.Figure(f.Value, f.Unit, null, f.Qualifier)}")),
                a.BodyText, a.DateModified, baseUrl + Addresses.Achievement(a.CountrySlug, a.FiscalYear, a.Slug),
            ]).ToList(),
            new Dictionary<string, object?> { ["country"] = country.Name, ["page_url"] = baseUrl + Addresses.Achievements(country.Slug), ["count"] = achievements.Count });
    }
}
