namespace Peru.Portal.Web.Content;

/// <summary>
/// When readers may see a page: never while it is a draft, from <see cref="PublishAt"/> (when given) until
/// <see cref="ExpireAt"/> (when given); and the corrections published on it. Read from the front matter keys
/// <c>draft</c>, <c>publish_at</c>, <c>expire_at</c>, <c>replaced_by</c> and <c>corrections</c>.
/// </summary>
public sealed record Publication(
    bool Draft,
    DateTimeOffset? PublishAt,
    DateTimeOffset? ExpireAt,
    IReadOnlyList<Correction> Corrections)
{
    /// <summary>A page with none of the keys: published for good, never corrected.</summary>
    public static Publication Always { get; } = new(false, null, null, []);

    /// <summary>Where an expired page's address sends readers (301), instead of answering 410 Gone.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>The line of <c>replaced_by</c>, for the check that it names a published page.</summary>
    public int ReplacedByLine { get; init; }

    /// <summary>Whether the file itself writes <c>draft</c>, <c>publish_at</c> or <c>expire_at</c>; a twin that does not follows the default-language file.</summary>
    public bool Stated { get; init; }

    public PublicationState StateAt(DateTimeOffset now) =>
        Draft ? PublicationState.Draft
        : PublishAt is { } from && now < from ? PublicationState.Scheduled
        : ExpireAt is { } until && now >= until ? PublicationState.Expired
        : PublicationState.Published;

    /// <summary>Readers see the page at <paramref name="now"/>.</summary>
    public bool IsLiveAt(DateTimeOffset now) => StateAt(now) == PublicationState.Published;

    /// <summary>The next moment after <paramref name="now"/> at which the page appears or disappears, if any.</summary>
    public DateTimeOffset? NextChangeAfter(DateTimeOffset now) =>
        Draft ? null : new[] { PublishAt, ExpireAt }.Where(t => t > now).Min();

    /// <summary>The newest correction's date: a corrected page counts as changed on that day (feeds, sitemap).</summary>
    public DateOnly? LatestCorrection => Corrections.Count == 0 ? null : Corrections.Max(c => c.Date);
}

/// <summary>A correction published under the text: the day it was made and what was corrected, in the file's language.</summary>
public sealed record Correction(DateOnly Date, string Note, int Line);

public enum PublicationState
{
    Published,
    Draft,
    Scheduled,
    Expired,
}

/// <summary>One page's publication, with the file it comes from: what the editors' report and preview list.</summary>
public sealed record ItemPublication(string Path, string Kind, string Language, string Key, Data.IContentItem Item, Publication Publication);
