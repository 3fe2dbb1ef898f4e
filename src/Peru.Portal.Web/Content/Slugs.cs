using System.Text.RegularExpressions;

namespace Peru.Portal.Web.Content;

public static partial class Slugs
{
    public static bool IsValid(string slug) => slug.Length <= 100 && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}

public static partial class FiscalYears
{
    public static bool IsValid(string year)
    {
        var match = Pattern().Match(year);
        return match.Success && int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            == int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{4})$")]
    private static partial Regex Pattern();
}
