using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Headings_GetIdsMadeFromTheirText()
    {
        var rendered = _renderer.Render("## Trade and investment\n\nText.\n\n### Peru's view\n\nMore text.");

        Assert.Contains("<h2 id=\"trade-and-investment\">Trade and investment</h2>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"perus-view\">", rendered.Html, StringComparison.Ordinal);
        Assert.Empty(rendered.Problems);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("Some <b>bold</b> text.", "<b>")]
    [InlineData("<div onclick=\"alert(1)\">Box</div>", "<div")]
    [InlineData("An <img src=x onerror=alert(1)> image.", "<img")]
    [InlineData("<!-- a comment -->", "<!--")]
    public void RawHtml_IsEscapedNotRendered_AndReportedAtItsLine(string line, string tag)
    {
        var rendered = _renderer.Render($"First paragraph.\n\n{line}\n");

        Assert.DoesNotContain(tag, rendered.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", rendered.Html, StringComparison.Ordinal);
        var problem = Assert.Single(rendered.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("raw HTML", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[the plan](javascript:alert(1))", "javascript:")]
    [InlineData("[the plan](JavaScript:alert(1))", "javascript:")]
    [InlineData("[the plan](vbscript:msgbox(1))", "vbscript:")]
    [InlineData("[the plan](data:text/html;base64,PHNjcmlwdD4=)", "data:")]
    [InlineData("![a picture](javascript:alert(1))", "javascript:")]
    [InlineData("[the plan][plan]\n\n[plan]: javascript:alert(1)", "javascript:")]
    [InlineData("<javascript:alert(1)>", "javascript:")]
    public void DisallowedLinkScheme_IsNeutralised_AndReported(string markdown, string scheme)
    {
        var rendered = _renderer.Render($"Intro.\n\nRead {markdown}\n");

        Assert.DoesNotContain(scheme, rendered.Html, StringComparison.OrdinalIgnoreCase);
        var problem = Assert.Single(rendered.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not allowed", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/peru")]
    [InlineData("http://example.org")]
    [InlineData("mailto:info@example.org")]
    [InlineData("/en/peru/projects/resilient-puna")]
    [InlineData("../projects")]
    [InlineData("#trade-and-investment")]
    [InlineData("HTTPS://EXAMPLE.ORG")]
    public void AllowedLink_SurvivesAsAnAnchor(string url)
    {
        var rendered = _renderer.Render($"Read [the page]({url}).");

        Assert.Contains($"<a href=\"{url}\">the page</a>", rendered.Html, StringComparison.Ordinal);
        Assert.Empty(rendered.Problems);
    }

    [Fact]
    public void PlainText_KeepsTheWordsAndDropsTheMarkup()
    {
        var rendered = _renderer.Render("""
            # Results

            Canada helped **500 teachers** in *La Libertad*, see [the report](https://example.org) and `code`.

            - first item
            - second item
            """);

        Assert.Equal(
            "Results\nCanada helped 500 teachers in La Libertad, see the report and code.\nfirst item\nsecond item",
            rendered.PlainText);
    }

    [Fact]
    public void PlainText_ShowsRawHtmlAsTheTextTheEditorTyped()
    {
        var rendered = _renderer.Render("Growth was <b>bold</b>.");

        Assert.Equal("Growth was <b>bold</b>.", rendered.PlainText);
    }

    [Fact]
    public void Render_GivesTheHeadingsFromTheMarkdownTree_WithTheirIdsAndTypesetText()
    {
        var rendered = new MarkdownRenderer().Render("## Trade and *investment*\n\nText.\n\n### Mining, `oil` and gas\n\n## Diplomacie : le dialogue\n", new MarkdownContext(French: true, new Dictionary<string, string>()));

        Assert.Equal(
            [(2, "trade-and-investment", "Trade and investment"), (3, "mining-oil-and-gas", "Mining, oil and gas"), (2, "diplomacie--le-dialogue", "Diplomacie\u00A0: le dialogue")],
            rendered.Headings.Select(h => (h.Level, h.Id, h.Text)));
        Assert.Contains("<h2 id=\"trade-and-investment\">", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithAHeadingOffset_WritesEachHeadingThatManyLevelsLower_AtMostH6()
    {
        var rendered = new MarkdownRenderer().Render("## Section\n\n###### Deepest\n", headingOffset: 1);

        Assert.Contains("<h3 id=\"section\">Section</h3>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<h6 id=\"deepest\">Deepest</h6>", rendered.Html, StringComparison.Ordinal);
        Assert.Equal([3, 6], rendered.Headings.Select(h => h.Level));
    }
}
