using System.ServiceModel.Syndication;
using System.Xml;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class FeedTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<SyndicationFeed> LoadFeedAsync()
    {
        var response = await _client.GetAsync(new Uri("/en/peru/feed.xml", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "the document is not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Fact]
    public async Task Feed_IsValidAtomWithEveryAchievementAndProject()
    {
        var feed = await LoadFeedAsync();

        Assert.Equal(5, feed.Items.Count());
        Assert.Contains(feed.Items, i => i.Title.Text == "School texts in four Indigenous languages");
        Assert.Contains(feed.Items, i => i.Title.Text == "Resilient Puna: Fixture Project");
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://portal.example.org/en/peru/feed.xml");
    }

    [Fact]
    public async Task FeedEntries_HaveThePermanentAddressAsIdAndTheContentDateAsUpdated()
    {
        var feed = await LoadFeedAsync();
        var entry = Assert.Single(feed.Items, i => i.Title.Text == "Safer small-scale mining");

        Assert.Equal("https://portal.example.org/en/peru/achievements/2011-2012/safer-mining", entry.Id);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), entry.LastUpdatedTime);
        Assert.Equal("https://portal.example.org/en/peru/achievements/2011-2012/safer-mining", Assert.Single(entry.Links).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task EveryPage_AdvertisesTheFeedInItsHead()
    {
        foreach (var path in new[] { "/en", "/en/peru", "/en/peru/projects", "/en/peru/achievements/2011-2012/safer-mining" })
        {
            var html = await _client.GetPageAsync(path);
            Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/en/peru/feed.xml\"", html, StringComparison.Ordinal);
        }
    }
}

/// <summary>The portal with a feed of two entries, to see the cap with the small fixture content.</summary>
public sealed class ShortFeedFactory : PortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Portal:FeedEntries", "2")];
}

public sealed class FeedLengthTests(ShortFeedFactory factory) : IClassFixture<ShortFeedFactory>
{
    [Fact]
    public async Task Feed_HoldsOnlyTheMostRecentlyChangedEntries()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/en/peru/feed.xml", UriKind.Relative));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        // The two projects were changed on 2026-03-01, after every achievement (2026-02-01).
        Assert.Equal(2, feed.Items.Count());
        Assert.Contains(feed.Items, i => i.Title.Text == "Resilient Puna: Fixture Project");
        Assert.All(feed.Items, i => Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), i.LastUpdatedTime));
    }
}
