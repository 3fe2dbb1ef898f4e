using Peru.Portal.Web.Localization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>Bilateral relations: the text by section, the trade and investment figures and a dated timeline.</summary>
public sealed partial record RelationsPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    string BodyHtml,
    IReadOnlyList<RelationsPage.TocEntry> Contents,
    string TradeCaption,
    IReadOnlyList<RelationsPage.TradeRow> TradeFigures,
    IReadOnlyList<RelationsPage.TimelineEntry> Timeline) : IPortalPage
{
    public const string TradeFiguresId = "trade-figures";
    public const string TimelineId = "timeline";

    public sealed record TocEntry(string Id, string Text);

    public sealed record TradeRow(string Label, string Value, string Year, SourceView? Source);

    /// <summary><paramref name="DateTime"/> is the machine-readable date as written ("2011-07"); <paramref name="Date"/> is for readers.</summary>
    public sealed record TimelineEntry(string DateTime, string Date, string Text, SourceView? Source);

    public static RelationsPage From(Language language, Country country, SectionPage relations, IReadOnlyList<TradeFigure> trade, IReadOnlyList<TimelineEvent> timeline, IStringLocalizer<RelationsPage> text)
    {
        var sources = Sources.Of(language, country);
        var contents = SectionHeading().Matches(relations.BodyHtml)
            .Select(m => new TocEntry(m.Groups["id"].Value, WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, ""))))
            .ToList();
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
            timeline.Select(e => new TimelineEntry(e.Date, Formats.PartialDate(language, e.Date), e.Text, sources.Find(e.SourceKey))).ToList());
    }

    // Markdig writes GitHub-style ids on every heading; only the body's h2s are its sections.
    [GeneratedRegex("<h2 id=\"(?<id>[^\"]+)\">(?<text>.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
