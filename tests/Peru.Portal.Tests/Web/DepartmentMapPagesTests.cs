using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class DepartmentMapPagesTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/en/peru/departments", "/en/peru/departments/la-libertad")]
    [InlineData("/fr/perou/departements", "/fr/perou/departements/la-libertad")]
    [InlineData("/es/peru/departamentos", "/es/peru/departamentos/la-libertad")]
    public async Task MapPage_ShadesOnlyTheDepartmentsWithWork_EachALinkWithItsName(string path, string department)
    {
        using var document = new HtmlParser().ParseDocument(await _client.GetPageAsync(path));

        var map = Assert.Single(document.QuerySelectorAll("main figure svg.department-map"));
        var link = Assert.Single(map.QuerySelectorAll("a"));
        Assert.Equal(department, link.GetAttribute("href"));
        Assert.Equal("La Libertad", link.GetAttribute("aria-label"));
        Assert.Equal("department department-with-work", link.QuerySelector("path")!.GetAttribute("class"));
        Assert.Equal(24, map.QuerySelectorAll("g[aria-hidden='true'] path").Length);
        Assert.NotNull(document.GetElementById(map.GetAttribute("aria-labelledby")!));
    }

    [Fact]
    public async Task MapPage_ListsTheSameDepartmentsInATable_AndTheWorkOffTheMapBesideIt()
    {
        using var document = new HtmlParser().ParseDocument(await _client.GetPageAsync("/en/peru/departments"));

        var row = Assert.Single(document.QuerySelectorAll("main table tbody tr"));
        Assert.Equal("/en/peru/departments/la-libertad", row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal(["1", "0"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.NotNull(document.QuerySelector("#outside + p + ul a[href='/en/peru/projects/regional-fund']"));
        Assert.NotNull(document.QuerySelector("#unplaced + p + ul a[href='/en/peru/projects/resilient-puna']"));
    }

    [Fact]
    public async Task MapPage_SaysBordersAreApproximate_AndNamesTheOutlinesSourceAndLicence()
    {
        var html = await _client.GetPageAsync("/en/peru/departments");

        Assert.Contains("Borders are approximate", PageAssert.MainText(html), StringComparison.Ordinal);
        PageAssert.LinksTo(html, "https://github.com/juaneladio/peru-geojson");
        PageAssert.LinksTo(html, "https://www.mozilla.org/MPL/2.0/");
    }

    [Theory]
    [InlineData("/en/peru/departments/la-libertad", "/en/peru/achievements/2010-2011/teacher-training")]
    [InlineData("/fr/perou/departements/la-libertad", "/fr/perou/realisations/2010-2011/formation-des-enseignants")]
    public async Task DepartmentPage_ListsTheAchievementsAndProjectsThatNameIt(string path, string achievement)
    {
        var html = await _client.GetPageAsync(path);

        Assert.Equal("La Libertad", PageAssert.H1(html));
        PageAssert.LinksTo(html, achievement);
    }

    [Fact]
    public async Task DepartmentPage_WithoutWork_StillAnswers_ButOnlyDepartmentsWithWorkAreInTheSitemap()
    {
        var html = await _client.GetPageAsync("/en/peru/departments/cusco");
        Assert.Contains("No achievement names this department.", html, StringComparison.Ordinal);

        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains(locations, l => l.EndsWith("/en/peru/departments/la-libertad", StringComparison.Ordinal));
        Assert.Contains(locations, l => l.EndsWith("/es/peru/departamentos", StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.EndsWith("/departments/cusco", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DepartmentPage_UnknownDepartment_Returns404()
    {
        await _client.GetPageAsync("/en/peru/departments/atlantis", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EveryCountryPage_LinksToTheMapFromTheSections()
    {
        using var document = new HtmlParser().ParseDocument(await _client.GetPageAsync("/es/peru"));

        Assert.NotNull(document.QuerySelector("nav.section-nav a[href='/es/peru/departamentos']"));
    }
}
