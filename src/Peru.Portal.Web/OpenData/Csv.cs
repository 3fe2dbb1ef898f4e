using System.Globalization;
using System.Text;

namespace Peru.Portal.Web.OpenData;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, every field quoted when it holds a comma, quote or line break, in UTF-8
/// with a byte order mark: without it Excel reads the file in the machine's legacy code page and "ñ", "é"
/// and "–" come out garbled; LibreOffice and CSV libraries read the mark and skip it.
/// Hand-written because the whole format is these few rules; a CSV library would add a dependency
/// for no behaviour the portal needs (it only writes, never reads).
/// </summary>
public static class Csv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row.Select(Field).ToList());
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A value as the CSV writes it: numbers and dates in the invariant culture.</summary>
    public static string Field(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
    }
}
