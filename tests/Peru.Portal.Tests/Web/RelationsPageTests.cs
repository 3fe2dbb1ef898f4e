using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class RelationsPageTests(PortalFactory factory)
{
    private const string Path = "/en/peru/bilateral-relations";

    [Fact]
    public async Task RelationsPage_ShowsTitleSummaryAndBody()
    {
        var html = await ReadAsync();

        Assert.Equal(["Bilateral relations"], Regex.Matches(html, "<h1[^>]*>(.*?)</h1>").Select(m => m.Groups[1].Value));
        Assert.Contains("Fixture summary of relations.", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"diplomacy\">Diplomacy</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Fixture diplomacy text.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelationsPage_TableOfContents_LinksToEachSectionTheTableAndTheTimeline()
    {
        var html = await ReadAsync();
        var nav = Regex.Match(html, "<nav aria-labelledby=\"on-this-page\">(.*?)</nav>", RegexOptions.Singleline);

        Assert.True(nav.Success, "the page should have an 'On this page' list");
        var targets = Regex.Matches(nav.Groups[1].Value, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["diplomacy", "trade-figures", "timeline"], targets);
        foreach (var id in targets)
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RelationsPage_TradeTable_ShowsEachFigureWithItsYearAndSource()
    {
        var html = await ReadAsync();
        var table = Regex.Match(html, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"([^\"]+)\">(.*?)</div>", RegexOptions.Singleline);

        Assert.True(table.Success, "the trade table should be wrapped for keyboard scrolling");
        var body = table.Groups[2].Value;
        Assert.Contains($"<caption id=\"{table.Groups[1].Value}\">", body, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Figure</th>", body, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Fixture two-way trade</th>", body, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Value: \" class=\"num\">$4.2 billion</td>", body, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Year: \" class=\"num\">2010</td>", body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru#source-relations\">Fixture relations page</a>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelationsPage_Timeline_DatesEachEventInOrderWithItsSource()
    {
        var html = await ReadAsync();
        var timeline = Regex.Match(html, "<ol class=\"timeline\">(.*?)</ol>", RegexOptions.Singleline);

        Assert.True(timeline.Success);
        var items = Regex.Matches(timeline.Groups[1].Value, "<li>(.*?)</li>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("<time datetime=\"1944-10-21\">October 21, 1944</time>", items[0], StringComparison.Ordinal);
        Assert.Contains("Fixture first ambassador presents credentials.", items[0], StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2009\">2009</time>", items[1], StringComparison.Ordinal);
        Assert.All(items, item => Assert.Contains("href=\"/en/peru#source-relations\"", item, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RelationsPage_UnknownCountry_Returns404()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/en/atlantis/bilateral-relations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> ReadAsync()
    {
        var response = await factory.CreateClient().GetAsync(new Uri(Path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Razor escapes non-ASCII characters; compare what a reader sees.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
