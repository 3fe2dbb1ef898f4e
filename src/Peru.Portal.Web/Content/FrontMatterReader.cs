using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Reads typed values out of a front-matter mapping and records every problem with its line.
/// Written by hand rather than with YamlDotNet's deserializer because editors need every problem of a
/// file in one run, each at the line of the key that caused it; the deserializer stops at the first.
/// </summary>
public sealed partial class FrontMatterReader
{
    private readonly YamlMappingNode _map;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly ICollection<ContentProblem> _problems;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly int _line;
    private readonly Func<string, string> _typeset;

    // typeset: the typographic rule of the file's language, applied to every text value read.
    public FrontMatterReader(YamlMappingNode map, string path, int lineOffset, ICollection<ContentProblem> problems, Func<string, string>? typeset = null)
    {
        _typeset = typeset ?? (text => text);
        _map = map;
        _path = path;
        _lineOffset = lineOffset;
        _problems = problems;
        _line = LineOf(map);
    }

    public int Line => _line;

    public int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    /// <summary>The line of a key, or of a key inside a mapping written "funding.amount"; the nearest line that exists.</summary>
    public int LineOfKey(string key)
    {
        var line = _line;
        var map = _map;
        foreach (var part in key.Split('.'))
        {
            if (map is null || Find(map, part) is not { } pair)
            {
                break;
            }

            line = LineOf(pair.Key);
            map = pair.Value as YamlMappingNode;
        }

        return line;
    }

    /// <summary>The line of <paramref name="key"/> if the file has it, else null; the key counts as read, for keys kept only to explain their replacement.</summary>
    public int? LineIfPresent(string key)
    {
        _read.Add(key);
        return Find(key) is { } pair ? LineOf(pair.Key) : null;
    }

    public void Problem(int line, string message) => _problems.Add(new ContentProblem(_path, line, message));

    public void Problem(string key, string message) => Problem(LineOfKey(key), message);

    public string? Text(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null"))
        {
            Problem(LineOf(node), $"'{key}' must be a piece of text");
            return null;
        }

        var value = scalar.Value?.Trim() ?? "";
        if (value.Length == 0)
        {
            Problem(LineOf(node), $"'{key}' is empty");
            return null;
        }

        return Typeset(value);
    }

    /// <summary>
    /// French text read from the front matter (titles, summaries, labels) gets French typography here, where every
    /// string passes, so no field can be forgotten; the loader reads each language in its own culture. Codes and
    /// slugs have no spaces or punctuation for the rule to change.
    /// </summary>
    private string Typeset(string value) => _typeset(value);

    public int? WholeNumber(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(LineOf(node), $"'{key}' must be a whole number, not \"{Describe(node)}\"");
        return null;
    }

    public decimal? Number(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar
            && decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(LineOf(node), $"'{key}' must be a number without $ or commas (for example 9200000 or 28.27), not \"{Describe(node)}\"");
        return null;
    }

    public bool? Flag(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Problem(LineOf(node), $"'{key}' must be true or false, not \"{Describe(node)}\"");
        return null;
    }

    public DateOnly? Date(string key, bool required = true)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(key, $"'{key}' must be a date written YYYY-MM-DD, not \"{text}\"");
        return null;
    }

    /// <summary>A date of a list or timeline: a year, a month or a day.</summary>
    public string? PartialDate(string key, bool required = true)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        var ok = PartialDatePattern().IsMatch(text) && (text.Length switch
        {
            4 => true,
            7 => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        });
        if (!ok)
        {
            Problem(key, $"'{key}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not \"{text}\"");
            return null;
        }

        return text;
    }

    public string? FiscalYear(string key, bool required = true)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (!FiscalYears.IsValid(text))
        {
            Problem(key, $"'{key}' must be a fiscal year written YYYY-YYYY with consecutive years (for example 2011-2012), not \"{text}\"");
            return null;
        }

        return text;
    }

    public string? Slug(string key, bool required = true)
    {
        var text = Text(key, required);
        if (text is not null && !Slugs.IsValid(text))
        {
            Problem(key, $"'{key}' \"{text}\" is not a slug: use lower-case ASCII words joined by '-'");
            return null;
        }

        return text;
    }

    public List<string> StringList(string key, bool required = true) =>
        StringListWithLines(key, required).Select(e => e.Value).ToList();

    public List<(string Value, int Line)> StringListWithLines(string key, bool required = true)
    {
        var result = new List<(string Value, int Line)>();
        if (Sequence(key, required) is not { } sequence)
        {
            return result;
        }

        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                result.Add((Typeset(value.Trim()), LineOf(item)));
            }
            else
            {
                Problem(LineOf(item), $"each entry of '{key}' must be a piece of text");
            }
        }

        return result;
    }

    public List<T> List<T>(string key, Func<FrontMatterReader, T?> readItem, bool required = true)
        where T : class
    {
        var result = new List<T>();
        if (Sequence(key, required) is not { } sequence)
        {
            return result;
        }

        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                Problem(LineOf(item), $"each entry of '{key}' must be a set of keys (key: value)");
                continue;
            }

            var reader = new FrontMatterReader(mapping, _path, _lineOffset, _problems, _typeset);
            var value = readItem(reader);
            reader.ReportUnknownKeys($"an entry of '{key}'");
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    public FrontMatterReader? Mapping(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Problem(LineOf(node), $"'{key}' must be a set of keys (key: value)");
            return null;
        }

        return new FrontMatterReader(mapping, _path, _lineOffset, _problems, _typeset);
    }

    /// <summary>Every key not read is unknown to the content model: most often a misspelling.</summary>
    public void ReportUnknownKeys(string where = "this file")
    {
        foreach (var (key, _) in _map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
            {
                var hint = ClosestKnown(name);
                Problem(LineOf(key), $"unknown key '{name}' in {where}" + (hint is null ? "" : $" (did you mean '{hint}'?)"));
            }
        }
    }

    private readonly List<string> _known = [];

    private string? ClosestKnown(string name) =>
        _known.Where(k => Distance(k, name) <= 2).OrderBy(k => Distance(k, name)).FirstOrDefault();

    private YamlSequenceNode? Sequence(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem(LineOf(node), $"'{key}' must be a list (each entry on a line starting with '- ')");
            return null;
        }

        if (required && sequence.Children.Count == 0)
        {
            Problem(LineOf(node), $"'{key}' must list at least one entry");
        }

        return sequence;
    }

    private YamlNode? Node(string key, bool required)
    {
        _read.Add(key);
        _known.Add(key);
        var pair = Find(key);
        if (pair is null)
        {
            if (required)
            {
                Problem(_line, $"missing required key '{key}'");
            }

            return null;
        }

        var value = pair.Value.Value;
        if (value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" } && !required)
        {
            return null;
        }

        return value;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key) => Find(_map, key);

    private static KeyValuePair<YamlNode, YamlNode>? Find(YamlMappingNode map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var name } && name == key)
            {
                return pair;
            }
        }

        return null;
    }

    private static string Describe(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex PartialDatePattern();
}
