using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class AchievementPagesTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AchievementPage_KnownSlug_ShowsTitleYearThemeAndFigures()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/translated-school-texts");
        var text = PageAssert.MainText(html);

        Assert.Equal("School texts in four Indigenous languages", PageAssert.H1(html));
        Assert.Contains("2011–2012", text, StringComparison.Ordinal);
        Assert.Contains("104,000", text, StringComparison.Ordinal);
        Assert.Contains("Indigenous boys and girls reached", text, StringComparison.Ordinal);
        Assert.Contains("Awajún", text, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/en/peru/thematic-focus/children-and-youth");
        PageAssert.LinksTo(html, "/en/peru/achievements/2011-2012");
    }

    [Fact]
    public async Task AchievementPage_EveryFigure_SaysItsYearAndSource()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/safer-mining");
        var text = PageAssert.MainText(html);

        Assert.Contains("2,000", text, StringComparison.Ordinal);
        Assert.Contains("Fiscal year 2011–2012. Source: Fixture country profile", text, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/en/peru#source-profile");
    }

    [Fact]
    public async Task AchievementPage_LinksToPreviousAndNextInItsYear()
    {
        var first = await _client.GetPageAsync("/en/peru/achievements/2011-2012/translated-school-texts");
        var second = await _client.GetPageAsync("/en/peru/achievements/2011-2012/safer-mining");

        Assert.Contains("Next: Safer small-scale mining", PageAssert.MainText(first), StringComparison.Ordinal);
        Assert.DoesNotContain("Previous:", PageAssert.MainText(first), StringComparison.Ordinal);
        Assert.Contains("Previous: School texts in four Indigenous languages", PageAssert.MainText(second), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/peru/achievements/2011-2012/no-such-achievement")]
    [InlineData("/en/peru/achievements/2010-2011/translated-school-texts")]
    [InlineData("/en/peru/achievements/2011-2013/translated-school-texts")]
    [InlineData("/en/peru/achievements/1999-2000")]
    [InlineData("/en/peru/achievements/2011-12")]
    [InlineData("/en/peru/achievements/2011-2012/Translated_School_Texts")]
    [InlineData("/en/chile/achievements")]
    public async Task AchievementPage_UnknownYearOrSlug_Returns404(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AchievementsIndex_GroupsByYearNewestFirstThenTheme()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements");
        var text = PageAssert.MainText(html);

        Assert.Equal("Achievements", PageAssert.H1(html));
        var newer = text.IndexOf("Achievements in 2011–2012", StringComparison.Ordinal);
        var older = text.IndexOf("Achievements in 2010–2011", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older > newer, "2011–2012 should come before 2010–2011");
        var children = text.IndexOf("Children and youth", newer, StringComparison.Ordinal);
        var growth = text.IndexOf("Economic growth", newer, StringComparison.Ordinal);
        Assert.True(children < growth && growth < older, "themes are listed in their order within each year");
    }

    [Fact]
    public async Task AchievementsIndex_ThemeFilter_ShowsOnlyThatTheme()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements?theme=economic-growth");
        var text = PageAssert.MainText(html);

        Assert.Equal("Achievements: Economic growth", PageAssert.H1(html));
        Assert.Contains("Safer small-scale mining", text, StringComparison.Ordinal);
        Assert.DoesNotContain("School texts in four Indigenous languages", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/peru/achievements?theme=economic-growth\" aria-current=\"true\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/peru/achievements?theme=no-such-theme", HttpStatusCode.NotFound)]

    // Not a theme's name at all: the parameter is dropped, and the reader gets the whole index.
    [InlineData("/en/peru/achievements?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E", HttpStatusCode.OK)]
    public async Task AchievementsIndex_UnknownThemeFilter_AnswersWithoutEchoingIt(string path, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiscalYearPage_ListsItsAchievementsAndLinksToTheOtherYear()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2010-2011");

        Assert.Equal("Achievements in 2010–2011", PageAssert.H1(html));
        Assert.Contains("Teacher training in La Libertad", PageAssert.MainText(html), StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/en/peru/achievements/2010-2011/teacher-training");
        Assert.Contains("Next year: 2011–2012", PageAssert.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alias_OldAchievementAddress_Answers301ToCurrentAddress()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/en/peru/achievements/2011-2012/old-school-texts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/peru/achievements/2011-2012/translated-school-texts", response.Headers.Location?.ToString());
    }
}

/// <summary>The fixture portal with lists of one achievement, so its years of two need a second page.</summary>
public sealed class PagedAchievementsFactory : PortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Portal:Achievements:PageSize", "1"), ("Portal:Achievements:PerYearOnIndex", "1")];
}

public sealed class AchievementPagingTests(PagedAchievementsFactory factory) : IClassFixture<PagedAchievementsFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task AchievementsIndex_CapsEachYearAndLinksToTheWholeYear()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements");
        var text = PageAssert.MainText(html);

        Assert.Contains("School texts in four Indigenous languages", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Safer small-scale mining", text, StringComparison.Ordinal);
        Assert.Contains("3 achievements in 2 fiscal years", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/achievements/2011-2012\">All 2 achievements of 2011–2012</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("All 1 achievements", text, StringComparison.Ordinal);
        Assert.Contains("Teacher training in La Libertad", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AchievementsIndex_ThemeFilter_CountsOnlyThatThemeAgainstTheCap()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements?theme=children-and-youth");
        var text = PageAssert.MainText(html);

        Assert.Contains("School texts in four Indigenous languages", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All achievements of", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All 2 achievements", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Safer small-scale mining", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AchievementsIndex_InFrench_LinksToTheWholeYearInFrench()
    {
        var html = await _client.GetPageAsync("/fr/perou/realisations");

        Assert.Contains("<a href=\"/fr/perou/realisations/2011-2012\">Les 2 réalisations de l’exercice 2011-2012</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiscalYearPage_ShowsItsFirstPageWithAPagerToTheNext()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012");
        var text = PageAssert.MainText(html);

        Assert.Equal("Achievements in 2011–2012", PageAssert.H1(html));
        Assert.Contains("2 results reported for fiscal year 2011–2012.", text, StringComparison.Ordinal);
        Assert.Contains("School texts in four Indigenous languages", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Safer small-scale mining", text, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Pagination\">", html, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">Page 1 of 2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/achievements/2011-2012/page/2\" rel=\"next\">Next page</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiscalYearPage_SecondPage_ShowsTheNextAchievementsAndLinksBack()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/page/2");
        var text = PageAssert.MainText(html);

        Assert.Equal("Achievements in 2011–2012 (page 2 of 2)", PageAssert.H1(html));
        Assert.Contains("<title>Achievements in 2011–2012 (page 2 of 2) - Peru.Portal</title>", html, StringComparison.Ordinal);
        Assert.Contains("Safer small-scale mining", text, StringComparison.Ordinal);
        Assert.DoesNotContain("School texts in four Indigenous languages", text, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">Page 2 of 2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/achievements/2011-2012\" rel=\"prev\">Previous page</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://portal.example.org/en/peru/achievements/2011-2012/page/2\">", html, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/en/peru/achievements/2011-2012/safer-mining");
    }

    [Fact]
    public async Task FiscalYearPage_InFrench_PagesByPathAndTogglesToTheSamePageInEnglish()
    {
        var html = await _client.GetPageAsync("/fr/perou/realisations/2011-2012/page/2");
        var text = PageAssert.MainText(html);

        Assert.Equal("Réalisations en 2011-2012 (page 2 sur 2)", PageAssert.H1(html));
        Assert.Contains("<span aria-current=\"page\">Page 2 sur 2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/perou/realisations/2011-2012\" rel=\"prev\">Page précédente</a>", html, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Pagination\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous page", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/achievements/2011-2012/page/2\" lang=\"en\" hreflang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://portal.example.org/en/peru/achievements/2011-2012/page/2\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/peru/achievements/2011-2012/page/1", "/en/peru/achievements/2011-2012")]
    [InlineData("/fr/perou/realisations/2011-2012/page/1", "/fr/perou/realisations/2011-2012")]
    public async Task FiscalYearPage_PageOne_Answers301ToTheYear(string path, string year)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(year, response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/en/peru/achievements/2011-2012/page/3")]
    [InlineData("/en/peru/achievements/2010-2011/page/2")]
    [InlineData("/en/peru/achievements/2011-2012/page/0")]
    [InlineData("/en/peru/achievements/2011-2012/page/-1")]
    [InlineData("/en/peru/achievements/2011-2012/page/two")]
    [InlineData("/en/peru/achievements/2011-2012/page/99999999999")]
    [InlineData("/en/peru/achievements/1999-2000/page/2")]
    [InlineData("/fr/perou/realisations/2011-2012/page/3")]
    public async Task FiscalYearPage_NoSuchPage_Returns404(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AchievementPage_StillLinksToItsNeighboursAcrossPages()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/translated-school-texts");

        Assert.Contains("Next: Safer small-scale mining", PageAssert.MainText(html), StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/en/peru/achievements/2011-2012/safer-mining");
    }
}

public sealed partial class RealAchievementsIndexTests(RealContentFactory factory) : IClassFixture<RealContentFactory>
{
    [Fact]
    public async Task AchievementsIndex_RealContent_ListsEveryAchievementWithoutCapping()
    {
        var html = await factory.CreateClient().GetPageAsync("/en/peru/achievements");
        var published = Directory.GetDirectories(Path.Combine(RealContentFactory.RepositoryContent, "peru", "achievements"))
            .SelectMany(year => Directory.GetFiles(year, "*.md"))
            .Count(file => Path.GetFileName(file).Count(c => c == '.') == 1 && Path.GetFileName(file) is not "index.md");

        var listed = AchievementLink().Matches(html).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count();

        Assert.True(published > 0, "the real content has achievements");
        Assert.Equal(published, listed);
        Assert.DoesNotContain("class=\"more\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/en/peru/achievements/[0-9]{4}-[0-9]{4}/[a-z0-9-]+\"")]
    private static partial Regex AchievementLink();
}
