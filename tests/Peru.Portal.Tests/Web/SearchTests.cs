using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed partial class SearchTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(string Html, List<string> Results)> SearchAsync(string query)
    {
        var html = await _client.GetPageAsync("/en/search?q=" + Uri.EscapeDataString(query));
        var results = ResultLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        return (html, results);
    }

    [Fact]
    public async Task Search_WordFromAnAchievementTitle_ReturnsItFirst()
    {
        var (_, results) = await SearchAsync("mining");

        Assert.Equal("/en/peru/achievements/2011-2012/safer-mining", results[0]);
    }

    [Theory]
    [InlineData("awajun")]
    [InlineData("AWAJÚN")]
    [InlineData("Awajún")]
    public async Task Search_IgnoresCaseAndAccents(string query)
    {
        var (_, results) = await SearchAsync(query);

        Assert.Contains("/en/peru/achievements/2011-2012/translated-school-texts", results);
    }

    [Fact]
    public async Task Search_StartOfAWord_FindsTheWholeWord()
    {
        var (_, results) = await SearchAsync("teach");

        Assert.Contains("/en/peru/achievements/2010-2011/teacher-training", results);
    }

    [Fact]
    public async Task Search_QuotedPhrase_MatchesWordsSideBySideOnly()
    {
        var (_, together) = await SearchAsync("\"La Libertad\"");
        var (_, apart) = await SearchAsync("\"Libertad La\"");

        Assert.Contains("/en/peru/achievements/2010-2011/teacher-training", together);
        Assert.Empty(apart);
    }

    [Fact]
    public async Task Search_MarksMatchedWordsInTheSnippet()
    {
        var (html, _) = await SearchAsync("Quechua");

        Assert.Contains("<mark>Quechua</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ShowsSectionAndThemeFiltersAsPlainLinks()
    {
        var (html, _) = await SearchAsync("fixture");

        Assert.Contains("href=\"/en/search?q=fixture&amp;section=Achievements\"", html, StringComparison.Ordinal);
        var (filtered, results) = await SearchAsync("fixture");
        var sectionHtml = await _client.GetPageAsync("/en/search?q=fixture&section=Projects");
        var projectResults = ResultLink().Matches(sectionHtml).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(projectResults);
        Assert.All(projectResults, r => Assert.StartsWith("/en/peru/projects/", r, StringComparison.Ordinal));
        Assert.NotEmpty(results);
        Assert.Contains("Filter by theme", filtered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"unbalanced quote")]
    [InlineData("NEAR(mining teachers) OR * AND NOT ^")]
    [InlineData("title:mining")]
    [InlineData("'; DROP TABLE Achievements; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("\u0000\u0001\u001f mining \u007f")]
    [InlineData("🙂 \ud83d")]
    [InlineData("*")]
    [InlineData("-mining")]
    public async Task Search_HostileOrOddQuery_AnswersAPageWithoutErrorOrEchoedMarkup(string query)
    {
        var response = await _client.GetAsync(new Uri("/en/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("class=\"search-summary\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TenKilobytesOfText_AnswersAPage()
    {
        var query = string.Concat(Enumerable.Repeat("mining teachers \"La Libertad ", 400));
        var response = await _client.GetAsync(new Uri("/en/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_NoResults_SaysSoAndSuggestsWhatToTry()
    {
        var (html, results) = await SearchAsync("zzzqqq");
        var text = PageAssert.MainText(html);

        Assert.Empty(results);
        Assert.Contains("No results for “zzzqqq”", text, StringComparison.Ordinal);
        Assert.Contains("Suggestions", text, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/en/peru/achievements");
    }

    [Theory]
    [InlineData("/en/search?q=mining&page=abc")]
    [InlineData("/en/search?q=mining&page=-5")]
    [InlineData("/en/search?q=mining&page=99999999999")]
    [InlineData("/en/search?q=mining&section=%3Cb%3E&theme=%00")]
    [InlineData("/en/search?q=mining&q=teachers")]
    public async Task Search_HostileParameters_AnswerAPage(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<b>", PageAssert.MainText(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderSearchBox_SubmitsToTheSearchPage()
    {
        var html = await _client.GetPageAsync("/en/peru");

        Assert.Matches("<form class=\"search-form\" action=\"/en/search\" method=\"get\" role=\"search\">", html);
        Assert.Contains("name=\"q\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h3><a href=\"([^\"]+)\">")]
    private static partial Regex ResultLink();
}

public sealed class PagedSearchFactory : PortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Portal:Search:PageSize", "2")];
}

public sealed class SearchPagingTests(PagedSearchFactory factory) : IClassFixture<PagedSearchFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_ManyResults_ArePagedWithPreviousAndNextLinks()
    {
        var first = await _client.GetPageAsync("/en/search?q=fixture");
        var second = await _client.GetPageAsync("/en/search?q=fixture&page=2");

        Assert.Matches(@"Results 1 to 2 of \d+ for “fixture”", PageAssert.MainText(first));
        Assert.Matches(@"Results 3 to 4 of \d+ for “fixture”", PageAssert.MainText(second));
        Assert.Contains("href=\"/en/search?q=fixture&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/search?q=fixture\" rel=\"prev\"", second, StringComparison.Ordinal);
    }
}

public sealed class RateLimitedFactory : PortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Portal:Search:RequestsPerMinute", "3")];
}

public sealed class SearchRateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Search_TooManyRequestsFromOneClient_Answers429WithRetryAfter()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/en/search?q=mining", UriKind.Relative))).StatusCode);
        }

        var limited = await client.GetAsync(new Uri("/en/search?q=mining", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say how long to wait");
        Assert.Contains("Too many requests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/en/peru", UriKind.Relative))).StatusCode);
    }
}
