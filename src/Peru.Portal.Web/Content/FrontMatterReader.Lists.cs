using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Web.Content;

/// <summary>Lists of text, lists of sets of keys, and nested sets of keys, each read with a reader of its own.</summary>
public sealed partial class FrontMatterReader
{
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
}
