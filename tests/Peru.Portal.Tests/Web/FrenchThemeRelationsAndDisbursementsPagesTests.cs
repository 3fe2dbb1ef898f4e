using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

/// <summary>The French thematic focus, theme, bilateral relations and disbursements pages: French interface text and formats.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class FrenchThemeRelationsAndDisbursementsPagesTests(PortalFactory factory)
{
    private const char NoBreakSpace = '\u00A0';
    private const char Narrow = '\u202F';

    [Theory]
    [InlineData("/fr/perou/orientation-thematique", "/en/peru/thematic-focus")]
    [InlineData("/fr/perou/orientation-thematique/enfants-et-jeunes", "/en/peru/thematic-focus/children-and-youth")]
    [InlineData("/fr/perou/orientation-thematique/croissance-economique", "/en/peru/thematic-focus/economic-growth")]
    [InlineData("/fr/perou/relations-bilaterales", "/en/peru/bilateral-relations")]
    [InlineData("/fr/perou/decaissements", "/en/peru/disbursements")]
    public async Task FrenchPage_IsInFrench_AndItsToggleLeadsToTheEnglishTwin(string path, string english)
    {
        var html = await ReadAsync(path);

        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Matches($"<nav class=\"language-toggle\"[^>]*>\\s*<ul>\\s*<li><a href=\"{Regex.Escape(english)}\" lang=\"en\"", html);
    }

    [Fact]
    public async Task ThematicFocus_InFrench_ShowsFrenchHeadingsAndLinksToFrenchThemes()
    {
        var html = await ReadAsync("/fr/perou/orientation-thematique");
        var main = PageAssert.MainText(html);

        Assert.Equal("Orientation thématique", PageAssert.H1(html));
        Assert.Contains($"<strong>L’objectif du programme{NoBreakSpace}:</strong> Essai goal of the program.", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"program-themes\">Thèmes du programme</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"other-themes\">Autres thèmes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("a annoncé le financement de projets", main, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/fr/perou/orientation-thematique/enfants-et-jeunes");
        PageAssert.LinksTo(html, "/fr/perou/orientation-thematique/croissance-economique");
        AssertNoEnglish(main, "The program's goal", "Program themes", "Other themes", "anticipated results are set out", "Canada reported results");
    }

    [Fact]
    public async Task ThemePage_InFrench_ShowsFrenchHeadingsAndTheFrenchBreadcrumb()
    {
        var html = await ReadAsync("/fr/perou/orientation-thematique/enfants-et-jeunes");
        var main = PageAssert.MainText(html);

        Assert.Equal("Enfants et jeunes", PageAssert.H1(html));
        Assert.Contains($"<strong>L’objectif du programme du Canada au Pérou{NoBreakSpace}:</strong> Essai goal of the program.", html, StringComparison.Ordinal);
        Assert.Contains("Voir le programme et tous ses thèmes", main, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"what-canada-supports\">Ce que le Canada appuie</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"anticipated-results\">Principaux résultats escomptés</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"achievements\">Réalisations</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Exercice 2011-2012", main, StringComparison.Ordinal);
        Assert.Contains("<span itemprop=\"name\">Orientation thématique</span>", html, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/fr/perou/orientation-thematique");
        AssertNoEnglish(main, "goal of Canada's program", "See the program", "What Canada supports", "Key anticipated results", "Achievements", "Fiscal year", "No achievements", "No funded projects", "Regional project");
    }

    [Fact]
    public async Task ThemePage_InFrench_ListsProjectsUnderFrenchColumnHeadersWithFrenchAmounts()
    {
        var html = await ReadAsync("/fr/perou/orientation-thematique/croissance-economique");
        var table = Regex.Match(html, "<table class=\"stack\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Contains("<h2 id=\"projects\">Projets</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"Projets financés sous ce thème{NoBreakSpace}: nouveau financement annoncé, sa période et organisme d’exécution", table, StringComparison.Ordinal);
        foreach (var header in new[] { "Projet", "Nouveau financement annoncé", "Période", "Organisme d’exécution", "Source" })
        {
            Assert.Contains($">{header}</th>", table, StringComparison.Ordinal);
        }

        Assert.Contains($"<td data-label=\"Nouveau financement annoncé{NoBreakSpace}: \" class=\"num\">9{Narrow}200{Narrow}000{Narrow}$</td>", table, StringComparison.Ordinal);
        Assert.Contains("2024-2029", table, StringComparison.Ordinal);
        AssertNoEnglish(PageAssert.MainText(html), "Projects funded", "Implementer", "Amount", "Period", "New funding", "total value");
    }

    [Fact]
    public async Task RelationsPage_InFrench_ShowsFrenchHeadingsTableAndTimeline()
    {
        var html = await ReadAsync("/fr/perou/relations-bilaterales");
        var main = PageAssert.MainText(html);
        var nav = Regex.Match(html, "<nav aria-labelledby=\"on-this-page\">(.*?)</nav>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Equal("Relations bilatérales", PageAssert.H1(html));
        Assert.Contains("<h2 id=\"on-this-page\">Sur cette page</h2>", nav, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#trade-figures\">Commerce et investissement en chiffres</a>", nav, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#timeline\">Chronologie</a>", nav, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"trade-figures\">Commerce et investissement en chiffres</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"timeline\">Chronologie</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Commerce et investissement entre le Canada et le Pérou", html, StringComparison.Ordinal);
        foreach (var header in new[] { "Donnée", "Valeur", "Année", "Source" })
        {
            Assert.Contains($">{header}</th>", html, StringComparison.Ordinal);
        }

        Assert.Contains($"<td data-label=\"Valeur{NoBreakSpace}: \" class=\"num\">4,2{Narrow}G$</td>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"1944-10-21\">21 octobre 1944</time>", html, StringComparison.Ordinal);
        Assert.Contains($"Source{NoBreakSpace}: <a href=\"/fr/perou#source-relations\">Essai relations page</a>", html, StringComparison.Ordinal);
        AssertNoEnglish(main, "On this page", "Trade and investment", "Timeline", "Figure", "Value", "Year", "Source:");
    }

    [Fact]
    public async Task DisbursementsPage_InFrench_ShowsFrenchHeadingsAndFrenchAmounts()
    {
        var html = await ReadAsync("/fr/perou/decaissements");
        var main = PageAssert.MainText(html);
        var table = Regex.Match(html, "<table>(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;

        Assert.StartsWith("Décaissements d", PageAssert.H1(html), StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"by-fiscal-year\">Décaissements par exercice et par source</h2>", html, StringComparison.Ordinal);
        Assert.Contains("toutes les données de ce tableau, par exercice et par source", main, StringComparison.Ordinal);
        Assert.Contains("Aide internationale décaissée au Pérou, par exercice et par source, en millions de dollars canadiens", table, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Exercice et source</th>", table, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Montant décaissé</th>", table, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"rowgroup\" colspan=\"2\">2014-2015</th>", table, StringComparison.Ordinal);
        Assert.Matches($"<th scope=\"row\">Essai department</th>\\s*<td class=\"num\">28,27{Narrow}M\\$</td>", table);
        Assert.Matches($"Total, 2014-2015</strong></th>\\s*<td class=\"num\"><strong>29,93{Narrow}M\\$</strong>", table);
        Assert.Contains($"Source{NoBreakSpace}: <a href=\"/fr/perou#source-profile\">", html, StringComparison.Ordinal);
        AssertNoEnglish(main, "Disbursements by fiscal year", "every figure", "Amount disbursed", "Fiscal year", "International assistance", "disbursed to", "in millions of", "Canadian dollars", "Total:", "Source:");
    }

    [Fact]
    public async Task DisbursementsPage_InFrench_ChartTextIsFrench_AndItsCoordinatesStayInvariant()
    {
        var html = await ReadAsync("/fr/perou/decaissements");
        var svg = Regex.Match(html, "<svg class=\"chart-svg chart-wide\"([^>]*)>(.*?)</svg>", RegexOptions.Singleline);

        Assert.True(svg.Success);
        Assert.Contains("<span class=\"chart-title\" id=\"disbursements-chart-title\">Aide internationale décaissée au Pérou par source, 2014-2015, en millions de dollars canadiens</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"disbursements-chart-title disbursements-chart-text\"", svg.Groups[1].Value, StringComparison.Ordinal);
        var description = Regex.Match(html, "<p class=\"visually-hidden\" id=\"disbursements-chart-text\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(
            $"Essai department{NoBreakSpace}: 28,27{Narrow}M$; Essai other sources{NoBreakSpace}: 1,66{Narrow}M$; total de 29,93{Narrow}M$ en 2014-2015.",
            description);
        Assert.Contains($">Total{NoBreakSpace}: 29,93{Narrow}M$</text>", svg.Groups[2].Value, StringComparison.Ordinal);

        // Coordinates are read by the browser, not by readers: a decimal comma would break the drawing. Across they
        // are percentages of the width, down ems of the text, so nothing is scaled and no viewBox is needed.
        Assert.DoesNotContain("viewBox", svg.Groups[1].Value, StringComparison.Ordinal);
        var coordinates = Regex.Matches(svg.Groups[2].Value, "\\s(?:x|y|width|height)=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(coordinates);
        Assert.All(coordinates, value => Assert.Matches("^\\d+(\\.\\d+)?(%|em)$", value));
        var widths = Regex.Matches(svg.Groups[2].Value, "<rect class=\"chart-bar\" x=\"[^\"]*\" y=\"[^\"]*\" width=\"([^\"]+)%\"")
            .Select(m => decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(2, widths.Count);
        Assert.Equal(28.27m / 1.66m, widths[0] / widths[1], 1);
    }

    private static void AssertNoEnglish(string text, params string[] words)
    {
        foreach (var word in words)
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }
    }

    private async Task<string> ReadAsync(string path)
    {
        var html = await factory.CreateClient().GetPageAsync(path);
        // Razor escapes non-ASCII characters such as accents; compare what a reader sees.
        return WebUtility.HtmlDecode(html);
    }
}
