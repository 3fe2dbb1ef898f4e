using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Peru.Portal.Web.Content;

/// <summary>
/// <see cref="FrenchTypography"/> applied to a parsed French body. Only literal text is changed: inline code,
/// code blocks, link and autolink addresses and link titles are other nodes, and the alt text of an image (an
/// attribute once rendered) is skipped, so none of them can gain a space. The parser keeps a run of text in one
/// literal ("Bonjour ! Vraiment ?"); where emphasis cuts it ("**Objectif** : …"), the space and the mark stay together
/// in the literal that follows.
/// </summary>
internal static class MarkdownTypography
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (!InsideImage(literal))
            {
                var text = literal.Content.ToString();
                var typeset = FrenchTypography.Apply(text);
                if (typeset != text)
                {
                    literal.Content = new Markdig.Helpers.StringSlice(typeset);
                }
            }
        }
    }

    private static bool InsideImage(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true })
            {
                return true;
            }
        }

        return false;
    }
}
