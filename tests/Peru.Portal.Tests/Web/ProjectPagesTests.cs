using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed partial class ProjectPagesTests(PortalFactory factory)
{
    private const string Puna = "Resilient Puna: Fixture Project";
    private const string Regional = "Fixture Regional Fund";

    [Fact]
    public async Task ProjectsPage_ByDefault_ListsEveryProjectWithItsNewFundingPeriodAndTotal()
    {
        var html = await GetHtmlAsync("/en/peru/projects");

        Assert.Equal("Peru: funded projects", SingleH1(html));
        Assert.Contains(@"<td data-label=""New funding announced: "" class=""num"">$9,200,000</td>", html, StringComparison.Ordinal);
        Assert.Contains(@"<td data-label=""New funding announced: "" class=""num"">$1,200,000<br>", html, StringComparison.Ordinal);
        Assert.Contains("2024–2029", html, StringComparison.Ordinal);
        Assert.Contains("Fixture implementer", html, StringComparison.Ordinal);
        Assert.Contains("Showing 2 of 2 projects.", html, StringComparison.Ordinal);
        Assert.Matches(@"<tfoot>\s*<tr>\s*<th scope=""row"">New funding announced in Lima, Peru, November 15–16, 2024 \(2 projects\)</th>\s*<td class=""num"">\$10,400,000</td>", html);
    }

    [Fact]
    public async Task ProjectsPage_Table_HasCaptionHeaderScopesAndLabelledRegion()
    {
        var html = await GetHtmlAsync("/en/peru/projects");

        Assert.Contains(@"<div class=""table-wrap"" tabindex=""0"" role=""region"" aria-labelledby=""projects-caption"">", html, StringComparison.Ordinal);
        Assert.Contains(@"<caption id=""projects-caption"">", html, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(html, @"<th scope=""col"""));
        Assert.Contains(@"<td data-label=""New funding announced: "" class=""num"">$9,200,000</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_ByDefault_SortsByTitleAscendingAndSaysSo()
    {
        var html = await GetHtmlAsync("/en/peru/projects");

        Assert.True(html.IndexOf(Regional, StringComparison.Ordinal) < html.IndexOf(Puna, StringComparison.Ordinal));
        Assert.Matches(@"<th scope=""col"" aria-sort=""ascending"">\s*<a href=""[^""]*"">Project</a>\s*<span>\(sorted ascending\)</span>", html);
        Assert.Single(Regex.Matches(html, "aria-sort="));
    }

    [Fact]
    public async Task ProjectsPage_SortByAmountDescending_ListsLargestFirst()
    {
        var html = await GetHtmlAsync("/en/peru/projects?sort=amount&dir=desc");

        Assert.True(html.IndexOf(Puna, StringComparison.Ordinal) < html.IndexOf(Regional, StringComparison.Ordinal));
        Assert.Matches(@"<th scope=""col"" class=""num"" aria-sort=""descending"">\s*<a href=""/en/peru/projects\?sort=amount"">New funding announced</a>\s*<span>\(sorted descending\)</span>", html);
    }

    [Fact]
    public async Task ProjectsPage_SortByAmountAscending_ListsSmallestFirstAndOffersDescending()
    {
        var html = await GetHtmlAsync("/en/peru/projects?sort=amount");

        Assert.True(html.IndexOf(Regional, StringComparison.Ordinal) < html.IndexOf(Puna, StringComparison.Ordinal));
        Assert.Contains(@"href=""/en/peru/projects?sort=amount&amp;dir=desc"">New funding announced</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_SortByPeriod_ListsEarliestStartFirst()
    {
        var html = await GetHtmlAsync("/en/peru/projects?sort=period");

        Assert.True(html.IndexOf(Puna, StringComparison.Ordinal) < html.IndexOf(Regional, StringComparison.Ordinal));
        Assert.Contains("(sorted ascending)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_UnknownSortAndDirection_FallsBackToTitleAscending()
    {
        var html = await GetHtmlAsync("/en/peru/projects?sort=budget&dir=sideways");

        Assert.True(html.IndexOf(Regional, StringComparison.Ordinal) < html.IndexOf(Puna, StringComparison.Ordinal));
        Assert.Matches(@"aria-sort=""ascending"">\s*<a href=""[^""]*"">Project</a>", html);
        Assert.DoesNotContain("budget", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sideways", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_HostileSortValue_Returns200WithoutEchoingIt()
    {
        var response = await GetAsync("/en/peru/projects?sort=%3Cscript%3Ealert(1)%3C/script%3E&dir=%22%3E%3Cscript%3E");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The page's one script element is its Dataset description, a data block that never runs.
        Assert.DoesNotMatch("(?i)<script(?! type=\"application/ld\\+json\">)", html);
        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_ThemeFilter_ShowsOnlyThatThemesProjectsAndMarksTheLink()
    {
        var html = await GetHtmlAsync("/en/peru/projects?theme=economic-growth");

        Assert.Contains(Puna, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Regional, html, StringComparison.Ordinal);
        Assert.Contains("Showing 1 of 2 projects (theme: Economic growth).", html, StringComparison.Ordinal);
        Assert.Contains(@"<a href=""/en/peru/projects?theme=economic-growth"" aria-current=""true"">Economic growth</a>", html, StringComparison.Ordinal);
        Assert.Contains(@"<a href=""/en/peru/projects"">All</a>", html, StringComparison.Ordinal);
        Assert.Matches(@"November 15–16, 2024 \(1 project\)</th>\s*<td class=""num"">\$9,200,000</td>", html);
    }

    [Fact]
    public async Task ProjectsPage_ThemeFilters_ListOnlyThemesThatHaveProjects()
    {
        var html = await GetHtmlAsync("/en/peru/projects");

        Assert.Contains(@"href=""/en/peru/projects?theme=children-and-youth"">Children and youth</a>", html, StringComparison.Ordinal);
        Assert.Contains(@"href=""/en/peru/projects?theme=economic-growth"">Economic growth</a>", html, StringComparison.Ordinal);
        Assert.Contains(@"<a href=""/en/peru/projects"" aria-current=""true"">All</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_RegionalScope_ShowsOnlyRegionalProjects()
    {
        var html = await GetHtmlAsync("/en/peru/projects?scope=regional");

        Assert.Contains(Regional, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Puna, html, StringComparison.Ordinal);
        Assert.Contains(@"<a href=""/en/peru/projects?scope=regional"" aria-current=""true"">Regional</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Where: \">Regional</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_PeruScope_ShowsOnlyProjectsInPeru()
    {
        var html = await GetHtmlAsync("/en/peru/projects?scope=peru");

        Assert.Contains(Puna, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Regional, html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Where: \">Peru</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_FiltersThatMatchNothing_SayNoProjectsMatch()
    {
        var html = await GetHtmlAsync("/en/peru/projects?theme=economic-growth&scope=regional");

        Assert.Contains("No projects match these filters.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_SortLinks_KeepTheActiveFilters()
    {
        var html = await GetHtmlAsync("/en/peru/projects?theme=economic-growth&scope=peru");

        Assert.Contains(@"href=""/en/peru/projects?theme=economic-growth&amp;scope=peru&amp;sort=amount"">New funding announced</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_FilterLinks_KeepTheActiveSort()
    {
        var html = await GetHtmlAsync("/en/peru/projects?sort=amount&dir=desc");

        Assert.Contains(@"href=""/en/peru/projects?theme=children-and-youth&amp;sort=amount&amp;dir=desc"">Children and youth</a>", html, StringComparison.Ordinal);
        Assert.Contains(@"href=""/en/peru/projects?scope=regional&amp;sort=amount&amp;dir=desc"">Regional</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/peru/projects?theme=mining")]
    [InlineData("/en/narnia/projects")]
    public async Task ProjectsPage_UnknownFilterOrCountry_Returns404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/en/peru/projects?theme=%3Cscript%3E")]
    [InlineData("/en/peru/projects?scope=moon")]
    [InlineData("/en/peru/projects?sort=title&dir=asc")]
    [InlineData("/en/peru/projects?sort=%00&dir=sideways")]
    public async Task ProjectsPage_MalformedOrDefaultParameter_IsThePlainPage(string path)
    {
        var plain = await GetAsync("/en/peru/projects");
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(plain.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task ProjectsPage_Rows_LinkToProjectAndThemePages()
    {
        var html = await GetHtmlAsync("/en/peru/projects");

        Assert.Contains(@"<a href=""/en/peru/projects/resilient-puna"">Resilient Puna: Fixture Project</a>", html, StringComparison.Ordinal);
        Assert.Contains(@"<a href=""/en/peru/thematic-focus/economic-growth"">Economic growth</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_Figures_LinkTheirSourceAndExplainRegionalProjects()
    {
        var html = Decode(await GetHtmlAsync("/en/peru/projects"));

        Assert.Contains(@"<a href=""/en/peru#source-profile"">Fixture publisher, Fixture country profile (not dated)</a>", html, StringComparison.Ordinal);
        Assert.Contains("Projects marked “Regional” work outside Peru", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_KnownSlug_ShowsFundingPeriodImplementerAndPeopleReached()
    {
        var html = await GetHtmlAsync("/en/peru/projects/resilient-puna");

        Assert.Equal(Puna, SingleH1(html));
        Assert.Contains("$9,200,000", html, StringComparison.Ordinal);
        Assert.Contains("five years, 2024–2029", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Fixture implementer</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Andean communities, Peru</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>40,000 fixture beneficiaries</dd>", html, StringComparison.Ordinal);
        Assert.Contains("No: this project works in Peru", html, StringComparison.Ordinal);
        Assert.Contains("Fixture description of the project.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_Announcement_WritesTheDateRangeOnce()
    {
        var html = await GetHtmlAsync("/en/peru/projects/resilient-puna");

        Assert.Contains("Announced by Fixture Prime Minister at the Fixture leaders' meeting in Lima, Peru, November 15–16, 2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_RegionalIncrease_SaysItIsAnIncreaseAndWorksOutsidePeru()
    {
        var html = await GetHtmlAsync("/en/peru/projects/regional-fund");

        Assert.Equal(Regional, SingleH1(html));
        Assert.Contains("Increase to an existing project", html, StringComparison.Ordinal);
        Assert.Contains("Yes: this project works outside Peru", html, StringComparison.Ordinal);
        Assert.DoesNotContain("People reached", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_LinksThemeSourceAndBreadcrumbToProjects()
    {
        var html = await GetHtmlAsync("/en/peru/projects/resilient-puna");

        Assert.Contains(@"<a href=""/en/peru/thematic-focus/economic-growth"">Economic growth</a>", html, StringComparison.Ordinal);
        Assert.Contains(@"href=""/en/peru#source-profile""", html, StringComparison.Ordinal);
        Assert.Matches(@"<a itemprop=""item"" href=""/en/peru/projects""><span itemprop=""name"">Projects</span></a>", html);
        Assert.DoesNotContain(@"href=""/en/peru/projects/resilient-puna""><span itemprop", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/peru/projects/no-such-project")]
    [InlineData("/en/peru/projects/Not_A_Slug")]
    [InlineData("/en/narnia/projects/resilient-puna")]
    public async Task ProjectPage_UnknownSlugOrCountry_Returns404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(path)).StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path) =>
        await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>The page's HTML with character references decoded, so assertions read like the page.</summary>
    private async Task<string> GetHtmlAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Decode(await response.Content.ReadAsStringAsync());
    }

    // Only numeric references: named ones like &amp; stay, so the markup around them still reads as HTML.
    private static string Decode(string html) =>
        NumericReference().Replace(html, m => WebUtility.HtmlDecode(m.Value));

    private static string SingleH1(string html)
    {
        var match = Assert.Single(H1().Matches(html));
        return Regex.Replace(match.Groups[1].Value, "<[^>]+>", "").Trim();
    }

    [GeneratedRegex("&#(x[0-9a-fA-F]+|[0-9]+);")]
    private static partial Regex NumericReference();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
