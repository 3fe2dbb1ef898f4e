using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Reads typed values out of a front-matter mapping and records every problem with its line.
/// Written by hand rather than with YamlDotNet's deserializer because editors need every problem of a
/// file in one run, each at the line of the key that caused it; the deserializer stops at the first.
/// </summary>
public sealed partial class FrontMatterReader
{
    private YamlMappingNode? _map;
    private Key[]? _keys;
    private Key[] _unknown = [];
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly ICollection<ContentProblem> _problems;
    private HashSet<string>? _read = new(StringComparer.Ordinal);
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
        if (_map is null)
        {
            var keys = _keys;
            foreach (var part in key.Split('.'))
            {
                if (keys is null || Find(keys, part) is not { } found)
                {
                    break;
                }

                line = found.Line;
                keys = found.Children;
            }

            return line;
        }

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

    /// <summary>
    /// Keeps of the front matter only what is asked of it once its file is read (the line of each key, the keys
    /// themselves for <see cref="ReportUnknownKeys"/>) and lets the YAML tree go: a tree holds a node for every key
    /// and value, and a large folder's trees were most of what its load held. Of the keys, only those not read are kept
    /// for that report, and key names are shared through <paramref name="names"/> (every file writes the same few). No
    /// value can be read after this.
    /// </summary>
    internal void Release(Dictionary<string, string> names)
    {
        if (_map is null)
        {
            return;
        }

        _keys = KeysOf(_map, names);
        _unknown = [.. _keys.Where(k => !_read!.Contains(k.Name ?? ""))];
        if (_unknown.Length == 0)
        {
            _known = null;
        }

        _read = null;
        _map = null;
    }

    private Key[] KeysOf(YamlMappingNode map, Dictionary<string, string> names) =>
        [.. map.Children.Select(c => new Key(Shared((c.Key as YamlScalarNode)?.Value, names), LineOf(c.Key), c.Value is YamlMappingNode inner ? KeysOf(inner, names) : null))];

    private static string? Shared(string? name, Dictionary<string, string> names)
    {
        if (name is null)
        {
            return null;
        }

        if (!names.TryGetValue(name, out var shared))
        {
            names[name] = shared = name;
        }

        return shared;
    }

    private static Key? Find(Key[] keys, string name)
    {
        foreach (var key in keys)
        {
            if (key.Name == name)
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>The line of <paramref name="key"/> if the file has it, else null; the key counts as read, for keys kept only to explain their replacement.</summary>
    public int? LineIfPresent(string key)
    {
        if (_map is null)
        {
            _unknown = [.. _unknown.Where(k => (k.Name ?? "") != key)];
            return _keys is not null && Find(_keys, key) is { } found ? found.Line : null;
        }

        _read!.Add(key);

        return Find(key) is { } pair ? LineOf(pair.Key) : null;
    }

    public void Problem(int line, string message) => _problems.Add(new ContentProblem(_path, line, message));

    public void Problem(string key, string message) => Problem(LineOfKey(key), message);

    /// <summary>Every key not read is unknown to the content model: most often a misspelling.</summary>
    public void ReportUnknownKeys(string where = "this file")
    {
        var keys = _map is null ? _unknown : _map.Children.Select(c => new Key((c.Key as YamlScalarNode)?.Value, LineOf(c.Key), null));
        foreach (var key in keys)
        {
            var name = key.Name ?? "";
            if (_read is null || !_read.Contains(name))
            {
                var hint = ClosestKnown(name);
                Problem(key.Line, $"unknown key '{name}' in {where}" + (hint is null ? "" : $" (did you mean '{hint}'?)"));
            }
        }
    }

    private List<string>? _known = [];

    private string? ClosestKnown(string name) =>
        (_known ?? []).Where(k => EditDistance.Between(k, name) <= 2).OrderBy(k => EditDistance.Between(k, name)).FirstOrDefault();

    private YamlNode? Node(string key, bool required)
    {
        if (_read is null || _known is null)
        {
            throw new InvalidOperationException($"{_path}: the front matter was released once its file was read");
        }

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

    private KeyValuePair<YamlNode, YamlNode>? Find(string key) =>
        Find(_map ?? throw new InvalidOperationException($"{_path}: the front matter was released once its file was read"), key);

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

    /// <summary>A key as <see cref="Release"/> keeps it: its name (null when not text), its line, and the keys under it.</summary>
    private readonly record struct Key(string? Name, int Line, Key[]? Children);

    private static string Describe(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();
}
