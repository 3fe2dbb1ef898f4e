using System.Text.RegularExpressions;

namespace Peru.Portal.Web.Charts;

/// <summary>
/// Breaks a label into lines of at most a given number of characters, at spaces. SVG text does not wrap by
/// itself (SVG 2's inline-size is not supported everywhere), and a chart's text must stay whole at 320 px.
/// </summary>
public static partial class TextWrap
{
    /// <summary>A figure in words with its number bound to the word after it ("$4.2 billion", "522 millones"), so a line never ends between them.</summary>
    public static string Unbroken(string figure) => NumberThenSpace().Replace(figure, "$1\u00A0");

    [GeneratedRegex(@"(\d) ")]
    private static partial Regex NumberThenSpace();

    public static IReadOnlyList<string> Lines(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length == 0)
            {
                line = word;
            }
            else if (line.Length + 1 + word.Length <= width)
            {
                line += " " + word;
            }
            else
            {
                lines.Add(line);
                line = word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
