using AngleSharp.Html.Parser;
using Peru.Portal.Web.Export;

namespace Peru.Portal.Tests.Export;

/// <summary>The export's link scanner finds what a full HTML parse finds: every href and src, and every form's action.</summary>
public sealed class LinkScannerTests(ExportedSite site) : IClassFixture<ExportedSite>
{
    private static readonly string[] Attributes = ["href", "src", "action"];

    [Fact]
    public void Scan_EveryExportedPage_FindsTheReferencesOfAFullHtmlParse()
    {
        var pages = Directory.EnumerateFiles(site.Root, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            using var document = parser.ParseDocument(html);
            var parsed = document.QuerySelectorAll("[href], [src], form[action]")
                .SelectMany(e => Attributes.Select(e.GetAttribute))
                .OfType<string>()
                .ToList();
            Assert.Equal(parsed, Scan(html));
        }
    }

    [Fact]
    public void Scan_QuotedBareAndEncodedValues_AreReadAsTheirText()
    {
        Assert.Equal(["/a", "/b c", "/d", "/e?x=1&y=2", "/f"], Scan("""<A HREF="/a"><img src='/b c'><link href=/d><a href="/e?x=1&amp;y=2"><script src="/f"></script>"""));
    }

    [Fact]
    public void Scan_CommentsScriptsAndOtherAttributes_AreNotReferences()
    {
        const string html = """
            <!-- <a href="/commented"> --><!DOCTYPE html>
            <script>document.write('<a href="/scripted">')</script><style>a[href="/styled"] { }</style>
            <a data-href="/data" title="href=/title">text href="/text"</a><div action="/not-a-form"></div>
            <form action="/search" method="get"><input name="q"></form><a href="/kept">
            """;
        Assert.Equal(["/search", "/kept"], Scan(html));
    }

    [Fact]
    public void Scan_UnfinishedMarkup_EndsWithoutAnError()
    {
        Assert.Equal(["/a"], Scan("""<a href="/a"><a href="/b"""));
        Assert.Equal(["/a"], Scan("""<a href="/a"><a href='/b"""));
        Assert.Empty(Scan("<!-- <a href=\"/x\">"));
        Assert.Empty(Scan("<script><a href=\"/x\">"));
    }

    private static List<string> Scan(string html)
    {
        var found = new List<string>();
        LinkScanner.Scan(html, found.Add);
        return found;
    }
}
