using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests;

/// <summary>Small helpers to read pages as a reader would: status, headings, links, text.</summary>
public static partial class PageAssert
{
    public static async Task<string> GetPageAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: expected {(int)expected}, got {(int)response.StatusCode}");
        return body;
    }

    public static string H1(string html)
    {
        var matches = H1Pattern().Matches(html);
        Assert.Single(matches);
        return WebUtility.HtmlDecode(TagPattern().Replace(matches[0].Groups[1].Value, "")).Trim();
    }

    /// <summary>The visible text of the page's main element, tags removed and entities decoded.</summary>
    public static string MainText(string html)
    {
        var main = MainPattern().Match(html);
        Assert.True(main.Success, "page has no <main>");
        return WebUtility.HtmlDecode(Regex.Replace(TagPattern().Replace(main.Groups[1].Value, " "), @"\s+", " "));
    }

    /// <summary>The inside of the page's language toggle: its links to the page in the other languages.</summary>
    public static string LanguageToggle(string html) => Toggle().Match(html).Groups[1].Value;

    public static void LinksTo(string html, string path) =>
        Assert.Contains($"href=\"{path}\"", html, StringComparison.Ordinal);

    [GeneratedRegex("<nav class=\"language-toggle\"[^>]*>(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex Toggle();

    [GeneratedRegex(@"<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1Pattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"<main[^>]*>(.*?)</main>", RegexOptions.Singleline)]
    private static partial Regex MainPattern();
}
