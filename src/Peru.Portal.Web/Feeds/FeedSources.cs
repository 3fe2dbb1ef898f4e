using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Feeds;

/// <summary>The feed's interface text (<c>Resources/Feeds/FeedText.*.resx</c>).</summary>
public sealed class FeedText;

/// <summary>One entry of a country's feed: a page that was added or changed, with what it is in a few words.</summary>
public sealed record FeedEntry(string Path, string Title, string Summary, string Html, DateOnly Modified, string Category);

/// <summary>
/// A kind of content that is in the feed. Each such kind registers its source (<see cref="FeedServices"/>), as it
/// declares its files, so the feed lists every kind that has one and names none.
/// </summary>
public interface IFeedSource
{
    Task<IReadOnlyList<FeedEntry>> LatestAsync(Language language, string country, int count, CancellationToken ct);
}

public sealed class AchievementFeedSource(AchievementRepository achievements, ThemeRepository themes, IStringLocalizer<FeedText> text) : IFeedSource
{
    public async Task<IReadOnlyList<FeedEntry>> LatestAsync(Language language, string country, int count, CancellationToken ct)
    {
        var themeTitles = (await themes.ListThemesAsync(language.Code, country, ct)).ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        return [.. (await achievements.ListLatestAsync(language.Code, country, count, ct)).Select(a => new FeedEntry(
            Addresses.Achievement(language, country, a.FiscalYear, a.Slug),
            a.Title,
            text["Achievement, {0}, {1}", Formats.FiscalYear(language, a.FiscalYear), themeTitles.GetValueOrDefault(a.ThemeSlug, a.ThemeSlug)],
            FeedCorrections.Append(a.BodyHtml, a.Corrections, language, text),
            a.DateModified,
            text["Achievement"]))];
    }
}

public sealed class ProjectFeedSource(ProjectRepository projects, IStringLocalizer<FeedText> text, IStringLocalizer<Models.FundingText> money) : IFeedSource
{
    public async Task<IReadOnlyList<FeedEntry>> LatestAsync(Language language, string country, int count, CancellationToken ct) =>
        [.. (await projects.ListLatestAsync(language.Code, country, count, ct)).Select(p => new FeedEntry(
            Addresses.Project(language, country, p.Slug),
            p.Title,
            text["Project: {0}", Models.FundingText.Sentence(language, p, money)],
            FeedCorrections.Append(p.BodyHtml, p.Corrections, language, text),
            p.DateModified,
            text["Project"]))];
}

/// <summary>A corrected page's entry ends with its corrections, so a feed reader shows what changed and when.</summary>
public static class FeedCorrections
{
    public static string Append(string html, IReadOnlyList<PageCorrection> corrections, Language language, IStringLocalizer<FeedText> text) =>
        corrections.Count == 0 ? html
        : html + string.Concat(corrections.Select(c => "<p>" + System.Net.WebUtility.HtmlEncode(text["Correction, {0}: {1}", Formats.LongDate(language, c.Date), c.Note]) + "</p>"));
}

public static class FeedServices
{
    /// <summary>The kinds of content in the feed: adding one is a source here.</summary>
    public static IServiceCollection AddPortalFeeds(this IServiceCollection services) => services
        .AddScoped<IFeedSource, AchievementFeedSource>()
        .AddScoped<IFeedSource, ProjectFeedSource>();
}
