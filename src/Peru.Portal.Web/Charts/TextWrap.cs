namespace Peru.Portal.Web.Charts;

/// <summary>
/// Breaks a label into lines of at most a given number of characters, at spaces. SVG text does not wrap by
/// itself (SVG 2's inline-size is not supported everywhere), and a chart's text must stay whole at 320 px.
/// </summary>
public static class TextWrap
{
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
