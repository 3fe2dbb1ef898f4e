using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class SitemapAndCitationTests(PortalFactory factory)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Sitemap_ListsEveryPageWithLastmod_AndEachAnswers200()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var urls = xml.Root!.Elements(Sitemap + "url").ToList();

        Assert.Equal(66, urls.Count);
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var achievementUrl = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/safer-mining", StringComparison.Ordinal));
        Assert.Equal(
            [
                ("en", "https://portal.example.org/en/peru/achievements/2011-2012/safer-mining"),
                ("fr", "https://portal.example.org/fr/perou/realisations/2011-2012/exploitation-miniere-plus-sure"),
                ("es", "https://portal.example.org/es/peru/logros/2011-2012/mineria-mas-segura"),
                ("x-default", "https://portal.example.org/en/peru/achievements/2011-2012/safer-mining"),
            ],
            achievementUrl.Elements(xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)));
        foreach (var url in urls)
        {
            var loc = new Uri(url.Element(Sitemap + "loc")!.Value);
            Assert.Equal("portal.example.org", loc.Host);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", url.Element(Sitemap + "lastmod")!.Value);
            var response = await _client.GetAsync(new Uri(loc.PathAndQuery, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc} answered {(int)response.StatusCode}");
        }

        var achievement = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/safer-mining", StringComparison.Ordinal));
        Assert.Equal("2026-02-01", achievement.Element(Sitemap + "lastmod")!.Value);
    }

    [Fact]
    public async Task Robots_NamesTheSitemap()
    {
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: https://portal.example.org/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AchievementPage_HasCiteThisBlockWithPermanentAddress()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/safer-mining");
        var text = PageAssert.MainText(html);

        Assert.Contains("Cite this page", text, StringComparison.Ordinal);
        Assert.Contains("Safer small-scale mining. Peru.Portal, last modified February 1, 2026. https://portal.example.org/en/peru/achievements/2011-2012/safer-mining", text, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://portal.example.org/en/peru/achievements/2011-2012/safer-mining\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AchievementPage_HasOpenGraphTwitterAndArticleJsonLd()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/safer-mining");

        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:url\" content=\"https://portal.example.org/en/peru/achievements/2011-2012/safer-mining\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", html, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(JsonLd(html));
        Assert.Equal("Article", data.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Safer small-scale mining", data.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2026-02-01", data.RootElement.GetProperty("dateModified").GetString());
    }

    [Fact]
    public async Task ProjectPage_HasCiteThisBlockAndMonetaryGrantJsonLd()
    {
        var html = await _client.GetPageAsync("/en/peru/projects/resilient-puna");

        Assert.Contains("Cite this page", PageAssert.MainText(html), StringComparison.Ordinal);
        Assert.Contains("https://portal.example.org/en/peru/projects/resilient-puna", PageAssert.MainText(html), StringComparison.Ordinal);
        using var data = JsonDocument.Parse(JsonLd(html));
        Assert.Equal("MonetaryGrant", data.RootElement.GetProperty("@type").GetString());
        Assert.Equal(9200000m, data.RootElement.GetProperty("amount").GetProperty("value").GetDecimal());
        Assert.Equal("CAD", data.RootElement.GetProperty("amount").GetProperty("currency").GetString());
    }

    private static string JsonLd(string html)
    {
        var match = Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(match.Success, "the page has no JSON-LD");
        return match.Groups[1].Value;
    }
}
