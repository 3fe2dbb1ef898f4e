using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Peru.Portal.Tests.Cli;

namespace Peru.Portal.Tests.Localization;

/// <summary>
/// A fourth language added as the language table says one is added: an entry in configuration and a twin of every
/// content file, nothing else. Its interface text has no resources yet, so it falls back to English.
/// </summary>
public sealed partial class PortugueseAddedFactory : PortalFactory
{
    public static readonly (string Key, string Word)[] Words =
    [
        ("thematic-focus", "foco-tematico"), ("achievements", "resultados"), ("relations", "relacoes-bilaterais"),
        ("disbursements", "desembolsos"), ("projects", "projetos"), ("evaluation", "avaliacao"), ("glossary", "glossario"),
        ("search", "busca"), ("feed", "novidades.xml"), ("page", "pagina"), ("periods", "periodos"), ("departments", "departamentos"),
        ("spreadsheet", "planilha"), ("field-definitions", "definicoes-de-campos"),
    ];

    public PortugueseAddedFactory()
    {
        ContentPath = Directory.CreateTempSubdirectory("peru-pt-").FullName;
        ValidateCommandTests.CopyDirectory(FixtureContent, ContentPath);

        // Each twin is the English file under a Portuguese name: the same items, the same figures. Old addresses
        // belong to the English page, so the twin leaves its aliases out.
        foreach (var english in Directory.EnumerateFiles(ContentPath, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).Count(c => c == '.') == 1).ToList())
        {
            File.WriteAllText(english[..^3] + ".pt.md", Aliases().Replace(File.ReadAllText(english), ""));
        }

        // A country names its slug in every language but the default one.
        var country = Path.Combine(ContentPath, "peru", "country.pt.md");
        File.WriteAllText(country, "---\nslug: peru" + File.ReadAllText(country)[3..]);
    }

    [GeneratedRegex(@"^aliases:\n(?:  - .*\n)*", RegexOptions.Multiline)]
    private static partial Regex Aliases();

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Portal:Languages:0:Code", "pt"),
        ("Portal:Languages:0:Culture", "pt-BR"),
        ("Portal:Languages:0:Name", "Português"),
        ("Portal:Languages:0:EnglishName", "Portuguese"),
        .. Words.Select(w => ($"Portal:Languages:0:Words:{w.Key}", w.Word)),
    ];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(ContentPath))
        {
            Directory.Delete(ContentPath, recursive: true);
        }
    }
}

public sealed partial class AddedLanguageTests(PortugueseAddedFactory factory) : IClassFixture<PortugueseAddedFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task LanguageAddedByConfigurationAndContent_AnswersEveryFixturePage_WithItsToggleAndAlternates()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var paths = sitemap.Descendants(sm + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        var portuguese = paths.Where(p => p == "/pt" || p.StartsWith("/pt/", StringComparison.Ordinal)).ToList();

        Assert.Equal(paths.Count(p => p == "/en" || p.StartsWith("/en/", StringComparison.Ordinal)), portuguese.Count);
        Assert.Contains("/pt/peru/resultados/2011-2012/safer-mining", portuguese);
        foreach (var path in portuguese)
        {
            var html = await _client.GetPageAsync(path);
            Assert.Contains("<html lang=\"pt\"", html, StringComparison.Ordinal);
            var toggle = PageAssert.LanguageToggle(html);
            foreach (var other in new[] { "en", "fr", "es" })
            {
                Assert.True(toggle.Contains($"lang=\"{other}\"", StringComparison.Ordinal), $"{path}: the toggle has no link in '{other}'");
                Assert.Matches($"<link rel=\"alternate\" hreflang=\"{other}\" href=\"https://portal.example.org/{other}[/\"]", html);
            }

            // Every link of the toggle leads to a page.
            foreach (Match link in Href().Matches(toggle))
            {
                Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(link.Groups[1].Value, UriKind.Relative))).StatusCode);
            }
        }
    }

    [Fact]
    public async Task LanguageAddedByConfiguration_IsOfferedByTheOtherLanguages_AndHasItsFeedAndOpenData()
    {
        var english = await _client.GetPageAsync("/en/peru/projects");

        Assert.Contains("<link rel=\"alternate\" hreflang=\"pt\" href=\"https://portal.example.org/pt/peru/projetos\">", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"pt\" hreflang=\"pt\">Português</a>", english, StringComparison.Ordinal);
        foreach (var path in new[] { "/pt/peru/novidades.xml", "/pt/peru/projetos.csv", "/pt/peru/desembolsos.json", "/pt/busca?q=fixture" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }


    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
