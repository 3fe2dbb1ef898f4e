using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Marks the first use of each glossary abbreviation in a body with <c>&lt;abbr title="expansion"&gt;</c>.
/// Raw HTML stays off in the pipeline, so the element cannot come from the text: the parsed document gets an
/// <see cref="AbbreviationInline"/> node around the word, and the pipeline's own renderer writes it with the
/// title escaped. Working on the tree (not on the HTML) keeps code, addresses and attributes out of reach, and
/// Markdig's own abbreviation syntax (<c>*[CIDA]: …</c>) stays off: the glossary is the one list.
/// </summary>
internal static class MarkdownAbbreviations
{
    public static void Mark(MarkdownDocument document, IReadOnlyDictionary<string, string> expansions)
    {
        var pattern = Pattern(expansions.Keys);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (seen.Count == expansions.Count)
            {
                return;
            }

            if (Skipped(literal))
            {
                continue;
            }

            var text = literal.Content.ToString();
            var firstUses = Regex.Matches(text, pattern, RegexOptions.CultureInvariant).Where(m => seen.Add(m.Value)).ToList();
            if (firstUses.Count == 0)
            {
                continue;
            }

            var start = 0;
            foreach (var use in firstUses)
            {
                if (use.Index > start)
                {
                    literal.InsertBefore(new LiteralInline(text[start..use.Index]));
                }

                var abbreviation = new AbbreviationInline { Title = expansions[use.Value] };
                abbreviation.AppendChild(new LiteralInline(use.Value));
                literal.InsertBefore(abbreviation);
                start = use.Index + use.Length;
            }

            if (start < text.Length)
            {
                literal.InsertBefore(new LiteralInline(text[start..]));
            }

            literal.Remove();
        }
    }

    /// <summary>
    /// The abbreviations as whole words, longest first so "LIMA-DA" wins over a shorter one inside it. A pattern, not a
    /// <see cref="Regex"/>: every body of a country has the same glossary, and the static methods' own cache parses it once.
    /// </summary>
    private static string Pattern(IEnumerable<string> abbreviations) =>
        $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", abbreviations.OrderByDescending(a => a.Length).Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])";

    // An image's text is its alt attribute, where an element cannot go.
    private static bool Skipped(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true } or AbbreviationInline)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An abbreviation with its expansion, written as <c>&lt;abbr title&gt;</c>.</summary>
public sealed class AbbreviationInline : ContainerInline
{
    public required string Title { get; init; }
}

/// <summary>Registers the writer of <see cref="AbbreviationInline"/>; it parses nothing.</summary>
internal sealed class AbbreviationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<Writer>())
        {
            html.ObjectRenderers.Add(new Writer());
        }
    }

    private sealed class Writer : HtmlObjectRenderer<AbbreviationInline>
    {
        protected override void Write(HtmlRenderer renderer, AbbreviationInline obj)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write("<abbr title=\"").WriteEscape(obj.Title).Write("\">");
            }

            renderer.WriteChildren(obj);
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write("</abbr>");
            }
        }
    }
}
