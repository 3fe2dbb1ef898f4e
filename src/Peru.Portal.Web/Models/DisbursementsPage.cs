using Peru.Portal.Web.Localization;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>International assistance disbursed, by fiscal year and source: as a table, then as a bar chart of the same figures.</summary>
public sealed record DisbursementsPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    string BodyHtml,
    string TableCaption,
    SourceView? Source,
    IReadOnlyList<DisbursementsPage.YearRows> Years,
    DisbursementsPage.Amount? GrandTotal,
    DisbursementsPage.BarChart? Chart) : IPortalPage
{
    public sealed record Amount(string Label, string Value);

    public sealed record YearRows(string FiscalYear, IReadOnlyList<Amount> Sources, Amount Total);

    /// <summary>
    /// An SVG drawn at a fixed viewBox and scaled by the browser; coordinates are written with the
    /// invariant culture so a server culture with decimal commas cannot break the drawing.
    /// </summary>
    public sealed record BarChart(string Title, string Description, string ViewBox, IReadOnlyList<ChartText> Texts, IReadOnlyList<ChartBar> Bars);

    public sealed record ChartText(string X, string Y, string Text, bool Strong);

    public sealed record ChartBar(string X, string Y, string Width, string Height);

    // Narrow enough that 14px labels stay readable when the drawing shrinks to a 320 px screen.
    private const decimal ChartWidth = 360m;
    private const decimal ValueRoom = 118m;
    private const decimal BarHeight = 18m;

    public static DisbursementsPage From(Language language, Country country, SectionPage page, IReadOnlyList<Disbursement> disbursements, IStringLocalizer<DisbursementsPage> text)
    {
        var source = Sources.Of(language, country).Find(page.SourceKey);
        // Mixed units are shown in whole dollars; only an all-millions table keeps the published "$28.27 million".
        var scale = disbursements.All(d => d.Unit == "million") ? "million" : null;
        var currency = disbursements.Select(d => d.Currency).FirstOrDefault() ?? "CAD";
        string Money(decimal value) => Formats.Money(language, value, currency, scale);
        decimal InScale(Disbursement d) => scale is null && d.Unit == "million" ? d.Amount * 1_000_000m : d.Amount;

        var years = disbursements
            .GroupBy(d => d.FiscalYear, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var rows = g.OrderBy(d => d.Order).ToList();
                return (Year: Formats.FiscalYear(language, g.Key), Rows: rows.Select(d => (d.Source, Value: InScale(d))).ToList(), Total: rows.Sum(InScale));
            })
            .ToList();

        var tableYears = years
            .Select(y => new YearRows(y.Year, y.Rows.Select(r => new Amount(r.Source, Money(r.Value))).ToList(), new Amount(text["Total, {0}", y.Year].Value, Money(y.Total))))
            .ToList();
        var span = years.Count switch
        {
            0 => "",
            1 => years[0].Year,
            _ => text["{0} to {1}", years[^1].Year, years[0].Year].Value,
        };
        var grandTotal = years.Count > 1 ? new Amount(text["Total, {0}", span].Value, Money(years.Sum(y => y.Total))) : null;
        var currencyName = CurrencyName(currency, text);
        var unitWords = scale == "million" ? text["in millions of {0}", currencyName].Value : text["in {0}", currencyName].Value;

        BarChart? chart = null;
        if (years.Count > 0)
        {
            var max = years.SelectMany(y => y.Rows).Select(r => r.Value).DefaultIfEmpty(0m).Max();
            var texts = new List<ChartText>();
            var bars = new List<ChartBar>();
            var y = 0m;
            foreach (var year in years)
            {
                texts.Add(new("0", Coordinate(y + 16m), year.Year, Strong: true));
                y += 26m;
                foreach (var (label, value) in year.Rows)
                {
                    texts.Add(new("0", Coordinate(y + 14m), label, Strong: false));
                    y += 20m;
                    var width = max <= 0m || value <= 0m ? 0m : Math.Round(value / max * (ChartWidth - ValueRoom), 2);
                    bars.Add(new("0", Coordinate(y), Coordinate(width), Coordinate(BarHeight)));
                    texts.Add(new(Coordinate(width + 6m), Coordinate(y + 14m), Money(value), Strong: false));
                    y += BarHeight + 12m;
                }

                texts.Add(new("0", Coordinate(y + 14m), text["Total: {0}", Money(year.Total)].Value, Strong: true));
                y += 30m;
            }

            chart = new BarChart(
                text["International assistance disbursed to {0} by source, {1}, {2}", country.Name, span, unitWords].Value,
                string.Join(" ", years.Select(yr => text[
                    "{0}; total {1} in {2}.",
                    string.Join("; ", yr.Rows.Select(r => text["{0}: {1}", r.Source, Money(r.Value)].Value)),
                    Money(yr.Total),
                    yr.Year].Value)),
                $"0 0 {Coordinate(ChartWidth)} {Coordinate(y)}",
                texts,
                bars);
        }

        return new(
            PageChrome.ForCountry(language, country.Slug, country.Name, Section.Disbursements, page.Title, page.Summary, Addresses.Disbursements(language, country.Slug), page.DateModified),
            page.Title,
            page.Summary,
            page.BodyHtml,
            text["International assistance disbursed to {0}, by fiscal year and source, {1}", country.Name, unitWords].Value,
            source,
            tableYears,
            grandTotal,
            chart);
    }

    private static string Coordinate(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string CurrencyName(string currency, IStringLocalizer text) => currency switch
    {
        "CAD" => text["Canadian dollars"].Value,
        "USD" => text["US dollars"].Value,
        _ => currency,
    };
}
