namespace Peru.Portal.Tests.Content;

/// <summary>A theme's body and the aid-effectiveness text are shown under their page's own h2s: their sections are h3s, from the import.</summary>
public sealed class ThemeBodyHeadingsTests : IDisposable
{
    private readonly BrokenContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ThemeAndAidEffectivenessSections_AreRenderedOneLevelBelowTheirPagesHeadings()
    {
        foreach (var file in new[] { "peru/themes/economic-growth.md", "peru/aid-effectiveness.md", "peru/relations.md" })
        {
            _content.Append(file, "\n## A section of the body\n\nIts text.\n");
        }

        var result = _content.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Contains("<h3 id=\"a-section-of-the-body\">", result.Content.Themes.Single(t => t.Language == "en" && t.Slug == "economic-growth").BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"a-section-of-the-body\">", result.Content.SectionPages.Single(p => p.Language == "en" && p.Kind == "aid-effectiveness").BodyHtml, StringComparison.Ordinal);

        // The relations page is a page of its own: its sections stay h2s, and make its table of contents.
        var relations = result.Content.SectionPages.Single(p => p.Language == "en" && p.Kind == "relations");
        Assert.Contains("<h2 id=\"a-section-of-the-body\">", relations.BodyHtml, StringComparison.Ordinal);
        Assert.Contains(relations.Headings, h => h is { Level: 2, Id: "a-section-of-the-body", Text: "A section of the body" });
    }
}
