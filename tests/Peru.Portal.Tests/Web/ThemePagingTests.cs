using System.Net;

namespace Peru.Portal.Tests.Web;

/// <summary>One achievement to a page of a theme, so the fixture's themes need more than one page.</summary>
public sealed class OneAchievementPerThemePageFactory : PortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Portal:Themes:PageSize", "1")];
}

/// <summary>A theme with more achievements than a page holds lists them over pages, like a fiscal year.</summary>
public sealed class ThemePagingTests(OneAchievementPerThemePageFactory factory) : IClassFixture<OneAchievementPerThemePageFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task ThemePage_WithMoreAchievementsThanAPage_ShowsTheFirstWithAPagerToTheNext()
    {
        var html = await _client.GetPageAsync("/en/peru/thematic-focus/children-and-youth");

        Assert.Contains("<nav aria-label=\"Pagination\">", html, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">Page 1 of 2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/thematic-focus/children-and-youth/page/2\" rel=\"next\">Next page</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"what-canada-supports\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"projects\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemePage_SecondPage_ShowsTheNextAchievementAndLinksBack()
    {
        var first = PageAssert.MainText(await _client.GetPageAsync("/en/peru/thematic-focus/children-and-youth"));
        var html = await _client.GetPageAsync("/en/peru/thematic-focus/children-and-youth/page/2");

        Assert.EndsWith("(page 2 of 2)", PageAssert.H1(html), StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">Page 2 of 2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/thematic-focus/children-and-youth\" rel=\"prev\">Previous page</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://portal.example.org/en/peru/thematic-focus/children-and-youth/page/2\">", html, StringComparison.Ordinal);

        // The theme's text and projects are on its first page only; the achievement here is not on the first.
        Assert.DoesNotContain("id=\"what-canada-supports\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"projects\"", html, StringComparison.Ordinal);
        var achievement = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/en/peru/achievements/[0-9-]+/[a-z-]+)\"").Groups[1].Value;
        Assert.NotEqual("", achievement);
        Assert.DoesNotContain(achievement, await _client.GetPageAsync("/en/peru/thematic-focus/children-and-youth"), StringComparison.Ordinal);
        Assert.NotEqual(first, PageAssert.MainText(html));
    }

    [Theory]
    [InlineData("/fr/perou/orientation-thematique/enfants-et-jeunes/page/2", "(page 2 sur 2)", "Page précédente")]
    [InlineData("/es/peru/enfoque-tematico/ninez-y-juventud/pagina/2", "(página 2 de 2)", "Página anterior")]
    public async Task ThemePage_LaterPages_ExistInEveryLanguage_AndToggleToTheSamePage(string path, string titleEnd, string previous)
    {
        var html = await _client.GetPageAsync(path);

        Assert.EndsWith(titleEnd, PageAssert.H1(html), StringComparison.Ordinal);
        Assert.Contains($"rel=\"prev\">{previous}</a>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://portal.example.org/en/peru/thematic-focus/children-and-youth/page/2\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemePage_PageOne_Answers301ToTheTheme()
    {
        var response = await _client.GetAsync(new Uri("/en/peru/thematic-focus/children-and-youth/page/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/peru/thematic-focus/children-and-youth", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/en/peru/thematic-focus/children-and-youth/page/3")]
    [InlineData("/en/peru/thematic-focus/economic-growth/page/2")]
    [InlineData("/en/peru/thematic-focus/children-and-youth/page/0")]
    [InlineData("/en/peru/thematic-focus/children-and-youth/page/two")]
    [InlineData("/en/peru/thematic-focus/no-such-theme/page/2")]
    public async Task ThemePage_NoSuchPage_Returns404(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Sitemap_ListsTheThemeButNotItsLaterPages()
    {
        var sitemap = await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));

        Assert.Contains("/en/peru/thematic-focus/children-and-youth</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/thematic-focus/children-and-youth/page/", sitemap, StringComparison.Ordinal);
    }
}
