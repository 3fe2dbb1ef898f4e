using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class ThemePagesTests(PortalFactory factory)
{
    [Fact]
    public async Task ThematicFocus_ShowsTheProgramTitleAndGoal()
    {
        var html = await ReadAsync("/en/peru/thematic-focus");

        Assert.Equal(["Thematic focus"], H1s(html));
        Assert.Contains("Fixture goal of the program.", html, StringComparison.Ordinal);
        Assert.Contains("Fixture framework text.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThematicFocus_ListsProgramThemesBeforeTheOthers_EachLinkedWithItsSummary()
    {
        var html = await ReadAsync("/en/peru/thematic-focus");

        var children = html.IndexOf("<a href=\"/en/peru/thematic-focus/children-and-youth\">Children and youth</a>", StringComparison.Ordinal);
        var growth = html.IndexOf("<a href=\"/en/peru/thematic-focus/economic-growth\">Economic growth</a>", StringComparison.Ordinal);
        Assert.True(children >= 0 && growth > children, "children-and-youth (with anticipated results) should come before economic-growth");
        Assert.Contains("Fixture summary of children and youth.", html, StringComparison.Ordinal);
        Assert.Contains("Fixture summary of economic growth.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThematicFocus_OtherThemesIntro_SaysProjectFundingWasAnnouncedNotProvided()
    {
        var html = await ReadAsync("/en/peru/thematic-focus");

        Assert.Contains("announced funding for projects in November 2024", html, StringComparison.Ordinal);
        Assert.DoesNotContain("funds projects", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThematicFocus_HasTheAidEffectivenessSectionTheOverviewLinksTo()
    {
        var overview = await ReadAsync("/en/peru");
        var html = await ReadAsync("/en/peru/thematic-focus");

        Assert.Contains("href=\"/en/peru/thematic-focus#aid-effectiveness\"", overview, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"aid-effectiveness\">Progress on aid effectiveness</h2>", html, StringComparison.Ordinal);
        Assert.True(
            html.IndexOf("id=\"aid-effectiveness\"", StringComparison.Ordinal) < html.IndexOf("Fixture aid effectiveness text.", StringComparison.Ordinal),
            "the aid effectiveness text should follow its heading");
    }

    [Fact]
    public async Task ThemePage_KnownTheme_ShowsAnticipatedResultsAndItsAchievements()
    {
        var html = await ReadAsync("/en/peru/thematic-focus/children-and-youth");

        Assert.Equal(["Children and youth"], H1s(html));
        Assert.Contains("Fixture summary of children and youth.", html, StringComparison.Ordinal);
        Assert.Contains("Key anticipated results", html, StringComparison.Ordinal);
        Assert.Contains("<li>Fixture anticipated result one</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Fixture anticipated result two</li>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/achievements/2011-2012/translated-school-texts\">School texts in four Indigenous languages</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/achievements/2010-2011/teacher-training\">Teacher training in La Libertad</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/en/peru/achievements/2011-2012/safer-mining", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemePage_GroupsAchievementsByFiscalYear_NewestFirst()
    {
        var html = await ReadAsync("/en/peru/thematic-focus/children-and-youth");

        var newer = html.IndexOf("2011–2012", StringComparison.Ordinal);
        var older = html.IndexOf("2010–2011", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older > newer, "2011–2012 should be listed before 2010–2011");
        Assert.True(
            html.IndexOf("translated-school-texts", StringComparison.Ordinal) < html.IndexOf("teacher-training", StringComparison.Ordinal),
            "each achievement should sit under its own year");
    }

    [Fact]
    public async Task ThemePage_ShowsTheProgramGoalAndLinksBackToThematicFocus()
    {
        var html = await ReadAsync("/en/peru/thematic-focus/children-and-youth");

        Assert.Contains("Fixture goal of the program.", html, StringComparison.Ordinal);
        Assert.Matches("<main[^>]*>[\\s\\S]*href=\"/en/peru/thematic-focus\"", html);
        Assert.Contains("<span itemprop=\"name\">Thematic focus</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemePage_ListsItsProjectsWithAmountPeriodImplementerAndSource()
    {
        var html = await ReadAsync("/en/peru/thematic-focus/economic-growth");

        Assert.Contains("<a href=\"/en/peru/projects/resilient-puna\">Resilient Puna: Fixture Project</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"New funding announced: \" class=\"num\">$9,200,000</td>", html, StringComparison.Ordinal);
        Assert.Contains("2024–2029", html, StringComparison.Ordinal);
        Assert.Contains("Fixture implementer", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/peru#source-profile\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Fixture Regional Fund", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemePage_WithoutAnticipatedResults_LeavesThatSectionOut()
    {
        var html = await ReadAsync("/en/peru/thematic-focus/economic-growth");

        Assert.Equal(["Economic growth"], H1s(html));
        Assert.DoesNotContain("Key anticipated results", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/achievements/2011-2012/safer-mining\">Safer small-scale mining</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/peru/thematic-focus/no-such-theme")]
    [InlineData("/en/peru/thematic-focus/Children_And_Youth")]
    [InlineData("/en/atlantis/thematic-focus/children-and-youth")]
    [InlineData("/en/atlantis/thematic-focus")]
    public async Task ThemePage_UnknownTheme_Returns404(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> ReadAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Razor escapes non-ASCII characters such as the en dash; compare what a reader sees.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static List<string> H1s(string html) =>
        Regex.Matches(html, "<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();
}
