using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Peru.Portal.Tests.Web;

/// <summary>What a reader of a French page sees: no line may break before a colon, a percent sign or a dollar sign.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed partial class FrenchTypographyPageTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryFrenchPage_HasNoBreakableSpaceBeforeAColonSemicolonMarkPercentOrDollarInItsText()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var french = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).Where(p => p.StartsWith("/fr/", StringComparison.Ordinal)).ToList();
        var parser = new HtmlParser();
        var found = new List<string>();

        foreach (var path in french.Append("/fr/recherche?q=essai"))
        {
            using var document = parser.ParseDocument(await _client.GetPageAsync(path));
            var texts = VisibleText(document.Body!).ToList();
            foreach (var (text, next) in texts.Zip(texts.Skip(1).Append("")))
            {
                // A space that ends one text node and a mark that starts the next break just as well.
                if (BreakableBeforeMark().Match(text + (text.EndsWith(' ') ? next[..Math.Min(1, next.Length)] : "")) is { Success: true } bad)
                {
                    found.Add($"{path}: \"{text.Trim()}\" at \"{bad.Value}\"");
                }
            }
        }

        Assert.True(french.Count > 15, "the sitemap lists the French pages");
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task FrenchPage_KeepsItsNarrowNoBreakSpacesInFiguresTypedByEditors_AndLeavesCodeAndAddressesAlone()
    {
        var html = await _client.GetPageAsync("/fr/perou/orientation-thematique");

        Assert.Contains("progrès\u00A0: 9,4\u202F% des fonds, soit 9\u202F200\u202F000\u202F$\u202F;", html, StringComparison.Ordinal);
        Assert.Contains("«\u00A0Oui\u00A0»", html, StringComparison.Ordinal);
        Assert.Contains("https://example.org/page?a=1", html, StringComparison.Ordinal);
        Assert.Contains("essai@example.org", html, StringComparison.Ordinal);
        Assert.Contains("<code>ACDI : 9:00</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishPage_KeepsTheSpacesEditorsTyped()
    {
        var html = await _client.GetPageAsync("/en/peru/thematic-focus");

        Assert.DoesNotContain('\u202F', PageAssert.MainText(html));
    }

    /// <summary>Each text node a reader sees: not code, scripts or styles.</summary>
    private static IEnumerable<string> VisibleText(IElement root)
    {
        foreach (var node in root.Descendants().OfType<IText>())
        {
            if (node.ParentElement?.Closest("code, pre, script, style, svg") is null && !string.IsNullOrWhiteSpace(node.Data))
            {
                yield return node.Data;
            }
        }
    }

    [GeneratedRegex(@"[ \t\r\n]+[:;!?%$]")]
    private static partial Regex BreakableBeforeMark();
}
