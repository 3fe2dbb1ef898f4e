using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Models;

/// <summary>
/// The trade figures of the relations table that are amounts of money (two-way trade, exports, imports), drawn by
/// year. Ranks and counts of companies stay in the table only: they are not amounts to set beside each other.
/// </summary>
public static class TradeChart
{
    public static ChartFigure? From(Language language, Country country, SectionPage relations, IReadOnlyList<TradeFigure> trade, IReadOnlyDictionary<string, SourceView> sources, IStringLocalizer<ChartText> text)
    {
        var money = trade
            .Where(t => t.Currency is not null)
            .OrderBy(t => t.Year, StringComparer.Ordinal).ThenBy(t => t.Order)
            .ToList();
        if (money.Count == 0)
        {
            return null;
        }

        string Labelled(string label, string value) => label + language.Formats.LabelSeparator + TextWrap.Unbroken(value);
        var groups = money
            .GroupBy(t => t.Year, StringComparer.Ordinal)
            .Select(g => new BarGroup(
                g.Key,
                g.Select(t => new BarItem(Labelled(t.Label, Formats.Figure(language, t.Value, t.Unit, t.Currency, t.Qualifier)), t.Value * Scale(t.Unit), t.Currency!)).ToList(),
                null))
            .ToList();
        var first = groups[0].Heading!;
        var last = groups[^1].Heading!;
        return ChartFrame.Figure(
            language,
            "trade-chart",
            first == last ? text["Trade between Canada and {0}, {1}", country.Name, first] : text["Trade between Canada and {0}, {1} to {2}", country.Name, first, last],
            text["Amounts in Canadian dollars, rounded as the source gives them."],
            string.Join(" ", groups.Select(g => text["{0}: {1}.", g.Heading ?? "", string.Join("; ", g.Items.Select(i => i.Text))].Value)),
            money.Select(t => sources.Find(t.SourceKey)),
            relations.DateModified,
            Addresses.TradeChart(language, country.Slug),
            "#" + RelationsPage.TradeFiguresId,
            new BarChartBody(groups),
            text);
    }

    // As Formats.Figure reads a unit beside a currency: millions, billions, else whole units of the currency.
    private static decimal Scale(string unit) => unit switch
    {
        "billion" => 1_000_000_000m,
        "million" or "million dollars" => 1_000_000m,
        _ => 1m,
    };
}
