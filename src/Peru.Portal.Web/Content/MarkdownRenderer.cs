using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Peru.Portal.Web.Content;

/// <summary>
/// The portal's single Markdig pipeline. Raw HTML is disabled, so anything that looks like a tag
/// is rendered as text; the validator still reports it because an editor who typed it meant something.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Use<AbbreviationExtension>()
        .Build();

    /// <summary>
    /// Parses and renders a body; problems carry 1-based lines within the body. A French body gets French
    /// typography, and the first use of each abbreviation of <paramref name="context"/> is marked.
    /// </summary>
    /// <param name="markdown">The body, as the file has it.</param>
    /// <param name="context">The body's language and its glossary's abbreviations.</param>
    /// <param name="headingOffset">How many levels below its page's own headings the body is shown: a theme's body sits
    /// under the theme page's h2s, so its "##" sections are rendered as h3, here, once, rather than rewritten later.</param>
    public RenderedMarkdown Render(string markdown, MarkdownContext? context = null, int headingOffset = 0)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + headingOffset, 6);
        }

        var problems = new List<(int Line, string Message)>();
        var links = new List<(int Line, string Url)>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage && link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                links.Add((link.Line + 1, url));
            }

            if (!IsAllowedUrl(link.Url))
            {
                problems.Add((link.Line + 1, $"link \"{link.Url}\" uses a scheme that is not allowed (use http, https or mailto)"));
                // The link stays as text so a bad scheme can never reach a reader's browser.
                link.Url = "";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsAllowedUrl(autolink.Url))
            {
                problems.Add((autolink.Line + 1, $"link \"{autolink.Url}\" uses a scheme that is not allowed (use http, https or mailto)"));
                autolink.ReplaceBy(new LiteralInline(string.Empty));
            }
        }

        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            // Markdig splits a would-be tag into several literals once HTML is off, so look at the whole line of text.
            if (leaf.Inline is not null && RawHtml().IsMatch(InlineText(leaf.Inline, includeCode: false)))
            {
                problems.Add((leaf.Line + 1, "raw HTML is not allowed; write Markdown instead"));
            }
        }

        // After the checks, which report what the editor typed; heading ids are already set, from the typed text.
        if (context is { French: true })
        {
            MarkdownTypography.Apply(document);
        }

        if (context?.Abbreviations is { Count: > 0 } abbreviations)
        {
            MarkdownAbbreviations.Mark(document, abbreviations);
        }

        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), ToPlainText(document), problems.DistinctBy(p => p.Line).ToList(), Headings(document)) { Links = links };
    }

    /// <summary>The outline of a body, taken from the tree as rendered (ids as written, text as typeset), so no page parses HTML for it.</summary>
    private static List<Heading> Headings(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>()
            .Where(h => h.Inline is not null && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new Heading(h.Level, h.GetAttributes().Id!, InlineText(h.Inline!, includeCode: true)))];

    private static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative address
        }

        var scheme = url[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static string ToPlainText(MarkdownDocument document)
    {
        var parts = new List<string>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }

            var text = InlineText(leaf.Inline, includeCode: true);
            parts.Add(text);
        }

        return string.Join("\n", parts);
    }

    private static string InlineText(ContainerInline inline, bool includeCode) =>
        string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline l => l.Content.ToString(),
            CodeInline c when includeCode => c.Content,
            LineBreakInline => " ",
            _ => "",
        }));

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?\s*>|<!--")]
    private static partial Regex RawHtml();
}

/// <summary>What a body is rendered for: its language, and the glossary's abbreviations with their expansions.</summary>
public sealed record MarkdownContext(bool French, IReadOnlyDictionary<string, string> Abbreviations);

public sealed record RenderedMarkdown(string Html, string PlainText, IReadOnlyList<(int Line, string Message)> Problems, IReadOnlyList<Heading> Headings)
{
    /// <summary>Links to addresses of this site (starting with '/'), with their lines: a page may not link to a draft.</summary>
    public IReadOnlyList<(int Line, string Url)> Links { get; init; } = [];
}

/// <summary>A heading of a body: its level, the id its anchor has, and its text.</summary>
public sealed record Heading(int Level, string Id, string Text);
