using Peru.Portal.Web.Localization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>Bilateral relations: the text by section, the trade and investment figures and a dated timeline.</summary>
public sealed record RelationsPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    string BodyHtml,
    IReadOnlyList<RelationsPage.TocEntry> Contents,
    string TradeCaption,
    IReadOnlyList<RelationsPage.TradeRow> TradeFigures,
    IReadOnlyList<RelationsPage.TimelineEntry> Timeline,
    ChartFigure? TradeChart) : IPortalPage
{
    public const string TradeFiguresId = "trade-figures";
    public const string TimelineId = "timeline";

    public sealed record TocEntry(string Id, string Text);

    public sealed record TradeRow(string Label, string Value, string Year, SourceView? Source);

    /// <summary><paramref name="DateTime"/> is the machine-readable date as written ("2011-07"); <paramref name="Date"/> is for readers.</summary>
    public sealed record TimelineEntry(string DateTime, string Date, string Text, SourceView? Source);

    public static RelationsPage From(Language language, Country country, SectionPage relations, IReadOnlyList<TradeFigure> trade, IReadOnlyList<TimelineEvent> timeline, IStringLocalizer<RelationsPage> text, IStringLocalizer<ChartText> chartText)
    {
        var sources = Sources.Of(language, country);
        // The body's sections are its second-level headings, as the import took them from the Markdown tree.
        var contents = relations.Headings.Where(h => h.Level == 2).Select(h => new TocEntry(h.Id, h.Text)).ToList();
        if (trade.Count > 0)
        {
            contents.Add(new(TradeFiguresId, text["Trade and investment figures"].Value));
        }

        if (timeline.Count > 0)
        {
            contents.Add(new(TimelineId, text["Timeline"].Value));
        }

        return new(
            PageChrome.ForCountry(language, country.Slug, country.Name, Section.Relations, relations.Title, relations.Summary, Addresses.Relations(language, country.Slug), relations.DateModified),
            relations.Title,
            relations.Summary,
            relations.BodyHtml,
            contents,
            text["Trade and investment between Canada and {0}, with the year of each figure and its source", country.Name].Value,
            trade.OrderBy(t => t.Order)
                .Select(t => new TradeRow(t.Label, Formats.Figure(language, t.Value, t.Unit, t.Currency, t.Qualifier), t.Year, sources.Find(t.SourceKey)))
                .ToList(),
            timeline.Select(e => new TimelineEntry(e.Date, Formats.PartialDate(language, e.Date), e.Text, sources.Find(e.SourceKey))).ToList(),
            Models.TradeChart.From(language, country, relations, trade, sources, chartText));
    }
}
