using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Models;

/// <summary>A correction as a page shows it: its date in the page's language, the same date for machines, and the note.</summary>
public sealed record CorrectionView(string Date, string IsoDate, string Note)
{
    public static IReadOnlyList<CorrectionView> Of(Language language, IEnumerable<PageCorrection> corrections) =>
        [.. corrections.Select(c => new CorrectionView(Formats.LongDate(language, c.Date), Formats.Date(c.Date), c.Note))];

    /// <summary>schema.org's <c>correction</c> of a creative work: one CorrectionComment per correction.</summary>
    public static List<Dictionary<string, object?>> StructuredData(IEnumerable<PageCorrection> corrections) =>
        [.. corrections.Select(c => new Dictionary<string, object?>
        {
            ["@type"] = "CorrectionComment",
            ["text"] = c.Note,
            ["datePublished"] = Formats.Date(c.Date),
        })];
}

/// <summary>The banner every page has in preview: what readers would see of this page, and when that changes.</summary>
public sealed record PreviewBanner(string Text)
{
    public static PreviewBanner For(Language language, PreviewNotice? notice, IStringLocalizer<PreviewBanner> text)
    {
        string Moment(DateTimeOffset at) => Formats.LongDate(language, DateOnly.FromDateTime(at.DateTime)) + " " + at.ToString("HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
        return new(notice switch
        {
            { State: PublicationState.Draft } => text["Preview. This page is a draft: readers do not see it, and no list, search, feed or open data file includes it."],
            { State: PublicationState.Scheduled, At: { } at } => text["Preview. This page is scheduled for {0}: until then readers do not see it, and no list, search, feed or open data file includes it.", Moment(at)],
            { State: PublicationState.Expired, At: { } at } => text["Preview. This page expired on {0}: readers are told it was withdrawn.", Moment(at)],
            { State: PublicationState.Published, At: { } at } => text["Preview. Readers see this page until it expires on {0}.", Moment(at)],
            _ => text["Preview. Readers see this page as it is here. Drafts and scheduled pages shown in this preview are not published."],
        });
    }
}
