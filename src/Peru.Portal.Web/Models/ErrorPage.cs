using Peru.Portal.Web.Localization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

public sealed record ErrorPage(PageChrome Chrome, int StatusCode, IReadOnlyList<CountryNav> Countries) : IPortalPage
{
    public bool IsNotFound => StatusCode == 404;

    /// <summary>For 410 Gone: when the page was withdrawn, in the page's language.</summary>
    public string? WithdrawnOn { get; init; }

    /// <summary>A page that was published and expired: 410 Gone, saying when, never a 404 for an address once printed.</summary>
    public static ErrorPage Withdrawn(Language language, string path, DateTimeOffset expiredAt, IReadOnlyList<Country> countries, IStringLocalizer<ErrorPage> text)
    {
        string title = text["This page was withdrawn"];
        return new(
            new PageChrome(language, title, title, path, [], null) { AlternateFor = Addresses.Home, Feeds = countries.Select(c => FeedLink.For(language, c.Slug, c.Name)).ToList() },
            StatusCodes.Status410Gone,
            countries.Select(c => new CountryNav(language, c.Slug, c.Name, Section.Overview)).ToList())
        {
            WithdrawnOn = Formats.LongDate(language, DateOnly.FromDateTime(expiredAt.DateTime)),
        };
    }

    public static ErrorPage From(Language language, int statusCode, string path, IReadOnlyList<Country> countries, IStringLocalizer<ErrorPage> text)
    {
        string title = statusCode switch
        {
            404 => text["We couldn't find that page"],
            429 => text["Too many requests"],
            >= 400 and < 500 => text["We couldn't answer that request"],
            _ => text["Something went wrong on our side"],
        };
        return new(
            new PageChrome(language, title, title, path, [], null) { AlternateFor = Addresses.Home, Feeds = countries.Select(c => FeedLink.For(language, c.Slug, c.Name)).ToList() },
            statusCode,
            countries.Select(c => new CountryNav(language, c.Slug, c.Name, Section.Overview)).ToList());
    }
}
