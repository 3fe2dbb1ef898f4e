using System.Net;

namespace Peru.Portal.Web.Export;

/// <summary>
/// The values of the <c>href</c> and <c>src</c> attributes of every element, and of <c>action</c> on forms, in the
/// order they appear: what the export follows to find every local file a page refers to.
/// </summary>
/// <remarks>
/// Written by hand rather than with an HTML parser: building a DOM of each page only to read three attributes was a
/// large share of the export's time. The pages are the portal's own Razor output, but the scanner still follows the
/// tokenizer rules that decide what is an attribute: comments, doctype and processing instructions are skipped, the
/// text of raw-text elements (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>) is not read as markup,
/// names are matched without regard to case, values may be double-quoted, single-quoted or bare, and character
/// references in them are decoded. A test compares it with a full parse of every exported page.
/// </remarks>
public static class LinkScanner
{
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>Calls <paramref name="found"/> with each reference of <paramref name="html"/>.</summary>
    public static void Scan(ReadOnlySpan<char> html, Action<string> found)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            if (lt < 0)
            {
                return;
            }

            i += lt + 1;
            if (i >= html.Length)
            {
                return;
            }

            var c = html[i];
            if (c == '!')
            {
                i = SkipDeclaration(html, i + 1);
            }
            else if (c is '?' or '/')
            {
                // A processing instruction (a bogus comment to HTML) or an end tag: no attribute is read from either.
                var gt = html[i..].IndexOf('>');
                i = gt < 0 ? html.Length : i + gt + 1;
            }
            else if (char.IsAsciiLetter(c))
            {
                i = ReadTag(html, i, found);
            }
        }
    }

    private static int SkipDeclaration(ReadOnlySpan<char> html, int i)
    {
        if (html[i..].StartsWith("--"))
        {
            // A comment ends at the first "-->", or at once for "<!-->" and "<!--->".
            var body = i + 2;
            if (html[body..].StartsWith(">"))
            {
                return body + 1;
            }

            if (html[body..].StartsWith("->"))
            {
                return body + 2;
            }

            var end = html[body..].IndexOf("-->");
            return end < 0 ? html.Length : body + end + 3;
        }

        var gt = html[i..].IndexOf('>');
        return gt < 0 ? html.Length : i + gt + 1;
    }

    // From the first letter of a start tag's name to just after its '>' (or past the text of a raw-text element).
    private static int ReadTag(ReadOnlySpan<char> html, int i, Action<string> found)
    {
        var start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        var name = html[start..i];
        var isForm = name.Equals("form", StringComparison.OrdinalIgnoreCase);
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return i;
            }

            if (html[i] == '>')
            {
                i++;
                break;
            }

            // An attribute name runs to a space, '/', '>' or '=' (a first '=' belongs to the name, as the tokenizer has it).
            var nameStart = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attribute = html[nameStart..i];
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return i;
            }

            ReadOnlySpan<char> value;
            if (html[i] is '"' or '\'')
            {
                var quote = html[i++];
                var close = html[i..].IndexOf(quote);
                if (close < 0)
                {
                    return html.Length; // the document ends inside the value: the tokenizer drops the whole tag
                }

                value = html[i..(i + close)];
                i += close + 1;
            }
            else
            {
                var valueStart = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                value = html[valueStart..i];
            }

            if (attribute.Equals("href", StringComparison.OrdinalIgnoreCase)
                || attribute.Equals("src", StringComparison.OrdinalIgnoreCase)
                || (isForm && attribute.Equals("action", StringComparison.OrdinalIgnoreCase)))
            {
                found(value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString());
            }
        }

        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return SkipRawText(html, i, raw);
            }
        }

        return i;
    }

    // The text of a raw-text element ends only at its own end tag ("</script" followed by a space, '/' or '>').
    private static int SkipRawText(ReadOnlySpan<char> html, int i, string name)
    {
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf("</", StringComparison.Ordinal);
            if (lt < 0)
            {
                return html.Length;
            }

            var at = i + lt + 2;
            var after = at + name.Length;
            if (after <= html.Length && html[at..after].Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return at;
            }

            i = at;
        }

        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
