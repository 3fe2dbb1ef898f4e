using Peru.Portal.Web.Localization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>International assistance disbursed, by fiscal year and source: as a table, then as a bar chart of the same figures.</summary>
/// <remarks>The chart is also the file at <see cref="Addresses.DisbursementsChart"/>, made from this model.</remarks>
public sealed record DisbursementsPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    string BodyHtml,
    string TableCaption,
    SourceView? Source,
    IReadOnlyList<DisbursementsPage.YearRows> Years,
    DisbursementsPage.Amount? GrandTotal,
    ChartFigure? Chart) : IPortalPage
{
    public sealed record Amount(string Label, string Value);

    public sealed record YearRows(string FiscalYear, IReadOnlyList<Amount> Sources, Amount Total);

    public static DisbursementsPage From(Language language, Country country, SectionPage page, IReadOnlyList<Disbursement> disbursements, IStringLocalizer<DisbursementsPage> text, IStringLocalizer<ChartText> chartText)
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

        ChartFigure? chart = null;
        if (years.Count > 0)
        {
            string Labelled(string label, string value) => label + language.Formats.LabelSeparator + TextWrap.Unbroken(value);
            var groups = years
                .Select(y => new BarGroup(y.Year, y.Rows.Select(r => new BarItem(Labelled(r.Source, Money(r.Value)), r.Value, currency)).ToList(), text["Total: {0}", Money(y.Total)].Value))
                .ToList();
            if (years.Count > 1)
            {
                // By year as well as by source once there is more than one year: totals are drawn against each other only.
                groups.Add(new(chartText["Total by fiscal year"], years.Select(y => new BarItem(Labelled(y.Year, Money(y.Total)), y.Total, "total")).ToList(), null));
            }

            chart = ChartFrame.Figure(
                language,
                "disbursements-chart",
                text["International assistance disbursed to {0} by source, {1}, {2}", country.Name, span, unitWords].Value,
                chartText["Amounts {0}.", unitWords].Value,
                string.Join(" ", years.Select(yr => text[
                    "{0}; total {1} in {2}.",
                    string.Join("; ", yr.Rows.Select(r => text["{0}: {1}", r.Source, Money(r.Value)].Value)),
                    Money(yr.Total),
                    yr.Year].Value)),
                [source],
                page.DateModified,
                Addresses.DisbursementsChart(language, country.Slug),
                "#by-fiscal-year",
                new BarChartBody(groups),
                chartText);
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

    private static string CurrencyName(string currency, IStringLocalizer text) => currency switch
    {
        "CAD" => text["Canadian dollars"].Value,
        "USD" => text["US dollars"].Value,
        _ => currency,
    };
}
