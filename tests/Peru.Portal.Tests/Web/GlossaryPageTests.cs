using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class GlossaryPageTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/en/peru/glossary", "Glossary", "CAD,CIDA,disbursement,fiscal year,LIMA-DA")]
    [InlineData("/fr/perou/glossaire", "Glossaire", "ACDI,CAD,décaissement,exercice,LIMA-DA")]
    public async Task GlossaryPage_ListsItsTermsAlphabeticallyInADefinitionList_EachWithAnAnchor(string path, string title, string terms)
    {
        var html = await _client.GetPageAsync(path);
        using var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(title, PageAssert.H1(html));
        var list = Assert.Single(document.QuerySelectorAll("main dl.glossary"));
        var entries = list.QuerySelectorAll("dt");
        Assert.Equal(terms.Split(','), entries.Select(dt => dt.TextContent.Trim()));
        Assert.All(entries, dt => Assert.False(string.IsNullOrEmpty(dt.Id)));
        Assert.Equal(entries.Length, list.QuerySelectorAll("dd").Length);
        Assert.Contains(path, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GlossaryPage_SpellsOutAbbreviations_AndDefinesCodesTheSourcesDoNotExpand()
    {
        using var document = new HtmlParser().ParseDocument(await _client.GetPageAsync("/en/peru/glossary"));

        var cida = document.GetElementById("cida")!;
        Assert.Equal("Canadian International Development Agency", cida.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.Contains("Canadian International Development Agency", cida.NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not spelled out", document.GetElementById("lima-da")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GlossaryPage_IsInTheSitemapWithItsFrenchTwin_AndLinkedFromTheSectionsAndTheOverview()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var entry = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value.EndsWith("/en/peru/glossary", StringComparison.Ordinal));
        Assert.Contains(entry.Elements(xhtml + "link"), l => l.Attribute("href")!.Value.EndsWith("/fr/perou/glossaire", StringComparison.Ordinal));

        var overview = await _client.GetPageAsync("/en/peru");
        using var document = new HtmlParser().ParseDocument(overview);
        Assert.NotNull(document.QuerySelector("nav.section-nav a[href='/en/peru/glossary']"));
        Assert.NotNull(document.QuerySelector("main ul.cards a[href='/en/peru/glossary']"));
        Assert.NotNull(document.QuerySelector("footer a[href='/en/peru/glossary']"));
        PageAssert.LinksTo(await _client.GetPageAsync("/fr/perou"), "/fr/perou/glossaire");
    }

    [Fact]
    public async Task GlossaryTerms_AreFoundBySearch()
    {
        var html = await _client.GetPageAsync("/en/search?q=disbursement");

        PageAssert.LinksTo(html, "/en/peru/glossary");
    }
}
