using Peru.Portal.Web.Localization;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Controllers;

/// <summary>The Atom feed of a country's achievements and projects, written by System.ServiceModel.Syndication.</summary>
public sealed class FeedController(
    CountryRepository countries,
    IEnumerable<Feeds.IFeedSource> sources,
    IOptions<PortalOptions> options,
    IStringLocalizer<Feeds.FeedText> text) : Controller
{
    [PageAddress("{country:slug}/@feed")]
    public async Task<IActionResult> Feed(string country, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found)
        {
            return NotFound();
        }

        var baseUrl = options.Value.BaseUrl.TrimEnd('/');

        // A feed tells what changed lately: the newest entries of every kind in it, not the whole archive (which open data gives).
        var entries = Math.Max(1, options.Value.FeedEntries);
        var items = new List<SyndicationItem>();
        foreach (var source in sources)
        {
            items.AddRange((await source.LatestAsync(language, country, entries, ct))
                .Select(e => Item(baseUrl + e.Path, e.Title, e.Summary, e.Html, e.Modified, e.Category)));
        }

        var feedUrl = baseUrl + Addresses.Feed(language, country);
        var feed = new SyndicationFeed(
            text["{0}: Canada's achievements and projects", found.Name],
            text["New and updated achievements and funded projects of Canada's international assistance in {0}.", found.Name],
            new Uri(baseUrl + Addresses.Country(language, country)),
            feedUrl,
            items.Count == 0 ? new DateTimeOffset(found.DateModified.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : items.Max(i => i.LastUpdatedTime),
            items.OrderByDescending(i => i.LastUpdatedTime).ThenBy(i => i.Id, StringComparer.Ordinal).Take(entries))
        {
            Language = language.Code,
        };
        feed.Links.Add(new SyndicationLink(new Uri(feedUrl), "self", feed.Title.Text, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "Peru.Portal" });

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    /// <summary>The entry id is the page's permanent address: it never changes while the page exists.</summary>
    private static SyndicationItem Item(string url, string title, string summary, string html, DateOnly modified, string category)
    {
        var item = new SyndicationItem(title, SyndicationContent.CreateHtmlContent(html), new Uri(url), url, new DateTimeOffset(modified.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        {
            Summary = new TextSyndicationContent(summary),
        };
        item.Categories.Add(new SyndicationCategory(category));
        return item;
    }
}
