using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Web.Content;

/// <summary>Moments in time: a date and a time with its offset from UTC, as publication needs them.</summary>
public sealed partial class FrontMatterReader
{
    private static readonly string[] MomentFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];

    private static readonly string[] NaiveFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>
    /// A date and time with an offset (<c>2024-11-16T09:00:00-05:00</c>). Read from the raw scalar, not through
    /// <see cref="Text"/>: French typography would put a space before the offset's colon. A moment without an offset is
    /// refused, since the portal cannot know which clock the editor meant.
    /// </summary>
    public DateTimeOffset? Moment(string key)
    {
        var node = Node(key, required: false);
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        if (node is YamlScalarNode && text.Length > 0)
        {
            if (DateTimeOffset.TryParseExact(text, MomentFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
                && HasOffset(text))
            {
                return moment;
            }

            if (DateTime.TryParseExact(text, NaiveFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                Problem(LineOf(node), $"'{key}' \"{text}\" has no offset from UTC: write the date, the time and the offset, for example 2024-11-16T09:00:00-05:00 (Lima and Ottawa in winter) or 2024-11-16T14:00:00Z (UTC)");
                return null;
            }
        }

        Problem(LineOf(node), $"'{key}' must be a date and time with an offset from UTC, for example 2024-11-16T09:00:00-05:00, not \"{Describe(node)}\"");
        return null;
    }

    // "K" also accepts no offset at all; an offset is a trailing Z or a sign followed by hours.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
