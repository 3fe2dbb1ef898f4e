using System.Text.RegularExpressions;

namespace Peru.Portal.Web.Content;

/// <summary>
/// The keys that name a project or a country in the IATI Standard: <c>iati_identifier:</c> and <c>activity_status:</c>
/// on a project, <c>iso_code:</c> on a country. Each is optional; the IATI file leaves out, or builds, what is not given.
/// </summary>
internal static partial class IatiFrontMatter
{
    // The IATI activity status codes (the ActivityStatus codelist, 2.03). The codelist files are not shipped with
    // the portal, so the six codes are named here; the tests check every code the portal writes against the file.
    private static readonly string[] ActivityStatuses = ["1", "2", "3", "4", "5", "6"];

    /// <summary>
    /// An activity identifier is its publisher's organisation identifier (<c>CA-3</c>: an agency prefix and a number)
    /// followed by <c>-</c> and the publisher's own reference. IATI forbids spaces, <c>/</c>, <c>&amp;</c>, <c>|</c> and <c>?</c> in it.
    /// </summary>
    public static string? Identifier(FrontMatterReader fm)
    {
        var value = fm.Text("iati_identifier", required: false);
        if (value is not null && !IdentifierFormat().IsMatch(value))
        {
            fm.Problem("iati_identifier", $"'iati_identifier' must be an organisation identifier and the activity's reference joined by '-' (as in CA-3-D004185), without spaces, '/', '&', '|' or '?', not \"{value}\"");
            return null;
        }

        return value;
    }

    public static string? ActivityStatus(FrontMatterReader fm)
    {
        var value = fm.Text("activity_status", required: false);
        if (value is not null && !ActivityStatuses.Contains(value))
        {
            fm.Problem("activity_status", $"'activity_status' must be an IATI activity status code ({string.Join(", ", ActivityStatuses)}), not \"{value}\"");
            return null;
        }

        return value;
    }

    public static string? CountryCode(FrontMatterReader fm)
    {
        var value = fm.Text("iso_code", required: false);
        if (value is not null && !CountryCodeFormat().IsMatch(value))
        {
            fm.Problem("iso_code", $"'iso_code' must be the country's ISO 3166-1 alpha-2 code in capitals (as in PE), not \"{value}\"");
            return null;
        }

        return value;
    }

    [GeneratedRegex(@"^[A-Z]{2}-[A-Za-z0-9_]+-[^\s/&|?]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierFormat();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCodeFormat();
}
