using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.OpenData;

/// <summary>The tables of the relations and evaluation pages as open data, one row per row of the page's table.</summary>
public static class SectionDataSets
{
    public const string TradeFigures = "trade_figures";
    public const string TargetDates = "target_dates";

    /// <summary>A figure's qualifier ("more than") is a code in the content; the file writes it in its language, as the page does.</summary>
    public static DataTable Trade(Language language, Country country, IReadOnlyList<TradeFigure> figures, string baseUrl)
    {
        var page = baseUrl + Addresses.Relations(language, country.Slug);
        var sources = country.Sources.ToDictionary(s => s.Key, s => s.Title, StringComparer.Ordinal);
        return new(
            OpenDataNames.Of(language, TradeFigures),
            ["figure", "qualifier", "value", "unit", "currency", "value_text", "year", "source", "page_url"],
            figures.OrderBy(f => f.Order).Select(f => (IReadOnlyList<object?>)
            [
                f.Label, f.Qualifier is null ? null : Formats.Qualifier(language, f.Qualifier), f.Value, f.Unit, f.Currency,
                Formats.Figure(language, f.Value, f.Unit, f.Currency, f.Qualifier), f.Year, sources.GetValueOrDefault(f.SourceKey), page,
            ]).ToList(),
            new Dictionary<string, object?> { [OpenDataNames.Of(language, "country")] = country.Name, [OpenDataNames.Of(language, "page_url")] = page, [OpenDataNames.Of(language, "count")] = figures.Count },
            language);
    }

    /// <summary>Every target date of the management response, earliest first, as the evaluation page lists them.</summary>
    public static DataTable Dates(Language language, Country country, IReadOnlyList<Recommendation> recommendations, string baseUrl)
    {
        var rows = recommendations.OrderBy(r => r.Number)
            .SelectMany(r => r.TargetDates.Select(d => (Recommendation: r, Date: d)))
            .OrderBy(x => x.Date.Date, StringComparer.Ordinal)
            .ThenBy(x => x.Recommendation.Number)
            .Select(x => (IReadOnlyList<object?>)
            [
                x.Recommendation.Number, x.Recommendation.Title, x.Recommendation.Slug, x.Date.Centre, x.Date.Date,
                baseUrl + Addresses.Recommendation(language, country.Slug, x.Recommendation.Slug),
            ]).ToList();
        return new(
            OpenDataNames.Of(language, TargetDates),
            ["recommendation_number", "recommendation", "slug", "responsibility_centre", "target_date", "page_url"],
            rows,
            new Dictionary<string, object?> { [OpenDataNames.Of(language, "country")] = country.Name, [OpenDataNames.Of(language, "page_url")] = baseUrl + Addresses.Evaluation(language, country.Slug), [OpenDataNames.Of(language, "count")] = rows.Count },
            language);
    }
}
