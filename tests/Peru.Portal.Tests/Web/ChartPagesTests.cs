using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Tests.Web;

/// <summary>Every chart on its page (figure, caption, text alternative, link to its file and table) and as a file of its own, in every language.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class ChartPagesTests(PortalFactory factory)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string, string> ChartFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (code, slug) in new[] { ("en", "peru"), ("fr", "perou"), ("es", "peru") })
        {
            foreach (var path in Addresses.ChartFiles(LanguageTable.Builtin.Get(code), slug))
            {
                data.Add(code, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChartFiles))]
    public async Task ChartFile_AnswersAnSvgImageInItsLanguage_WithTitleSourceAndDateInside(string language, string path)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync())).Root!;
        Assert.Equal(language, root.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value));
        var lines = root.Elements(Svg + "text").Select(t => t.Value).ToList();
        var (source, date) = language switch
        {
            "fr" => ("Source\u00A0: ", "Date de modification\u00A0: "),
            "es" => ("Fuente: ", "Fecha de modificación: "),
            _ => ("Source: ", "Date modified: "),
        };
        Assert.Contains(lines, l => l.StartsWith(source, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(date, StringComparison.Ordinal));
        Assert.NotEmpty(root.Elements(Svg + "rect").Skip(1));
    }

    [Fact]
    public async Task ChartFile_OfACountryThatDoesNotExist_Returns404()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/en/atlantis/disbursements.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/en/peru/disbursements", "disbursements-chart", "/en/peru/disbursements.svg")]
    [InlineData("/en/peru/projects", "projects-amount-chart", "/en/peru/projects.svg")]
    [InlineData("/en/peru/projects", "projects-period-chart", "/en/peru/projects/periods.svg")]
    [InlineData("/en/peru/bilateral-relations", "trade-chart", "/en/peru/bilateral-relations.svg")]
    [InlineData("/en/peru/achievements", "achievements-chart", "/en/peru/achievements.svg")]
    [InlineData("/fr/perou/projets", "projects-period-chart", "/fr/perou/projets/periodes.svg")]
    [InlineData("/es/peru/logros", "achievements-chart", "/es/peru/logros.svg")]
    public async Task ChartOnItsPage_IsAFigureWithCaptionTextAlternativeAndLinkToItsFile(string page, string id, string file)
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetPageAsync(page));
        var figure = Regex.Match(html, $"<figure class=\"chart\" id=\"{id}\">(.*?)</figure>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Matches($"<figcaption>\\s*<span class=\"chart-title\" id=\"{id}-title\">[^<]+</span>\\s*<span class=\"chart-units\">[^<]+</span>", figure);
        Assert.Matches($"<p class=\"visually-hidden\" id=\"{id}-text\">[^<]+</p>", figure);
        Assert.Equal(2, Regex.Count(figure, $"<svg class=\"chart-svg chart-(phone|wide)\" width=\"100%\" height=\"[\\d.]+em\" role=\"img\" aria-labelledby=\"{id}-title {id}-text\""));
        Assert.Contains($"<a href=\"{file}\" type=\"image/svg+xml\">", figure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_Charts_DrawOneBarForEachProjectOfTheTable()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetPageAsync("/en/peru/projects"));
        var rows = Regex.Count(html, "<th scope=\"row\"><a href=\"/en/peru/projects/");

        foreach (var id in new[] { "projects-amount-chart", "projects-period-chart" })
        {
            var wide = Regex.Match(html, $"<figure class=\"chart\" id=\"{id}\">.*?<svg class=\"chart-svg chart-wide\"(.*?)</svg>", RegexOptions.Singleline).Groups[1].Value;
            Assert.Equal(rows, Regex.Count(wide, "<rect class=\"chart-bar\""));
            Assert.Contains("<a href=\"#projects\">The figures of this chart as a table</a>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AchievementsPage_CountsAchievementsByFiscalYearAndTheme_InATableBesideTheChart()
    {
        var client = factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetPageAsync("/en/peru/achievements"));
        var table = Regex.Match(html, "<caption id=\"achievements-by-theme\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        var counts = Regex.Matches(table, "<th scope=\"row\">(?!<strong>)[^<]+</th>\\s*<td class=\"num\">(\\d+)</td>").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var json = await client.GetStringAsync(new Uri("/en/peru/achievements.json", UriKind.Relative));
        var achievements = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("rows").GetArrayLength();

        Assert.Equal(achievements, counts);
        Assert.Contains("Number of achievements in Peru, by fiscal year and theme", table, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/peru/achievements.csv\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AchievementsPage_WithAThemeFilter_LeavesTheChartOfAllThemesOut()
    {
        var html = await factory.CreateClient().GetPageAsync("/en/peru/achievements?theme=children-and-youth");

        Assert.DoesNotContain("achievements-chart", html, StringComparison.Ordinal);
    }
}
