using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class LayoutAndErrorTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryPage_StartsWithASkipLinkToMain()
    {
        var html = await _client.GetPageAsync("/en/peru");
        var firstLink = Regex.Match(html, "<(a|button|input)[^>]*>");

        Assert.Contains("href=\"#main\"", firstLink.Value, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_HasBreadcrumbsAsSchemaOrgBreadcrumbList()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/safer-mining");

        Assert.Contains("itemtype=\"https://schema.org/BreadcrumbList\"", html, StringComparison.Ordinal);
        Assert.Matches("<nav[^>]*aria-label=\"Breadcrumb\"", html);
        foreach (var crumb in new[] { "/en", "/en/peru", "/en/peru/achievements", "/en/peru/achievements/2011-2012" })
        {
            Assert.Contains($"<a itemprop=\"item\" href=\"{crumb}\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryPage_ShowsDateModifiedFromContentAndAReportAProblemLink()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/safer-mining");

        Assert.Contains("Date modified:", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-02-01\">2026-02-01</time>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:report@example.org?subject=Problem%20on%20%2Fen%2Fperu%2Fachievements%2F2011-2012%2Fsafer-mining\"", html, StringComparison.Ordinal);
        Assert.Contains("Report a problem on this page", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_HasLandmarksSearchBoxAndSectionNavigation()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements");

        Assert.Contains("<header", html, StringComparison.Ordinal);
        Assert.Contains("<footer", html, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/en/search\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/achievements\" aria-current=\"page\">Achievements</a>", html, StringComparison.Ordinal);
        // No script runs: the only script element is the Dataset description, a JSON-LD data block.
        Assert.DoesNotMatch("(?i)<script(?! type=\"application/ld\\+json\">)", html);
    }

    [Fact]
    public async Task EveryFontThePagesLink_ShowsTheTextInTheFallbackFontUntilItArrives()
    {
        // Without font-display a browser hides the text until the font has downloaded: seconds on a slow link.
        var html = await _client.GetPageAsync("/en/peru");
        var stylesheets = Regex.Matches(html, "<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"").Select(m => m.Groups["href"].Value).ToList();
        var faces = 0;
        foreach (var href in stylesheets)
        {
            var css = await _client.GetStringAsync(System.Net.WebUtility.HtmlDecode(href));
            foreach (Match face in Regex.Matches(css, "@font-face\\s*\\{[^}]*\\}"))
            {
                faces++;
                Assert.Contains("font-display: swap;", face.Value, StringComparison.Ordinal);
            }
        }

        Assert.True(faces >= 12, $"the pages link {faces} font faces; expected Lato's 2 and Noto Sans's 10");
    }

    [Fact]
    public async Task Root_RedirectsToEnglish()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task HomePage_ListsTheCountryProfiles()
    {
        var html = await _client.GetPageAsync("/en");

        Assert.Equal("Country profiles", PageAssert.H1(html));
        PageAssert.LinksTo(html, "/en/peru");
    }

    [Fact]
    public async Task CountryPage_ShowsContextKeyFiguresWithYearAndSourceAndACardPerSection()
    {
        var html = await _client.GetPageAsync("/en/peru");
        var text = PageAssert.MainText(html);

        Assert.Equal("Peru", PageAssert.H1(html));
        Assert.Contains("Fixture context paragraph", text, StringComparison.Ordinal);
        Assert.Contains("29.5 million people", text, StringComparison.Ordinal);
        Assert.Contains("Year: 2009. Source: Fixture country profile", text, StringComparison.Ordinal);
        foreach (var section in new[] { "thematic-focus", "achievements", "bilateral-relations", "disbursements", "projects", "evaluation" })
        {
            PageAssert.LinksTo(html, $"/en/peru/{section}");
        }
    }

    [Theory]
    [InlineData("/en/nowhere")]
    [InlineData("/en/peru/nowhere")]
    [InlineData("/en/peru/thematic-focus/no-such-theme")]
    [InlineData("/en/peru/projects/no-such-project")]
    [InlineData("/en/peru/evaluation/no-such-recommendation")]
    [InlineData("/en/peru/achievements/2011-2012/%2e%2e%2f%2e%2e%2fappsettings.json")]
    [InlineData("/en/peru/%E2%80%AE%F0%9F%98%80")]
    [InlineData("/en/PERU/achievements/2011-2012/safer-mining/extra")]
    [InlineData("/en/peru/achievements/2011-2012/safer-mining%3Cscript%3E")]
    [InlineData("/wwwroot/css/site.css")]
    [InlineData("/appsettings.json")]
    public async Task UnknownOrHostileAddress_Answers404PageWithSearchAndSections(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We couldn't find that page", PageAssert.H1(html));
        Assert.Contains("action=\"/en/search\"", html, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/en/peru/achievements");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverLongAddress_Answers404Not500()
    {
        var response = await _client.GetAsync(new Uri("/en/peru/achievements/2011-2012/" + new string('a', 4000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
