using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Web.Content;

/// <summary>Single values: text, numbers, flags, dates, fiscal years and slugs, each with the problem that names what is expected.</summary>
public sealed partial class FrontMatterReader
{
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

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex PartialDatePattern();
}
