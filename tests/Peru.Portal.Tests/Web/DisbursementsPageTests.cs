using System.Net;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class DisbursementsPageTests(PortalFactory factory)
{
    private const string Path = "/en/peru/disbursements";

    [Fact]
    public async Task DisbursementsPage_ShowsTitleSummaryAndBody()
    {
        var html = await ReadAsync();

        Assert.Equal(["International assistance disbursements"], Regex.Matches(html, "<h1[^>]*>(.*?)</h1>").Select(m => m.Groups[1].Value));
        Assert.Contains("Fixture summary of disbursements.", html, StringComparison.Ordinal);
        Assert.Contains("Fixture disbursement explanation.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisbursementsPage_Table_ShowsEachSourceAndTheYearTotalInMillions()
    {
        var table = Regex.Match(await ReadAsync(), "<table>(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Matches("<caption[^>]*>[\\s\\S]*in millions of Canadian dollars[\\s\\S]*href=\"/en/peru#source-profile\"[\\s\\S]*</caption>", table);
        Assert.Contains("<th scope=\"rowgroup\" colspan=\"2\">2014–2015</th>", table, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">Fixture department</th>\\s*<td class=\"num\">\\$28.27 million</td>", table);
        Assert.Matches("<th scope=\"row\">Fixture other sources</th>\\s*<td class=\"num\">\\$1.66 million</td>", table);
        Assert.Matches("Total, 2014–2015</strong></th>\\s*<td class=\"num\"><strong>\\$29.93 million</strong>", table);
    }

    [Fact]
    public async Task DisbursementsPage_SingleYear_HasNoGrandTotal()
    {
        var html = await ReadAsync();

        Assert.DoesNotContain("<tfoot>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisbursementsPage_TableComesBeforeTheChart()
    {
        var html = await ReadAsync();

        var table = html.IndexOf("<table>", StringComparison.Ordinal);
        var chart = html.IndexOf("<svg class=\"chart-svg", StringComparison.Ordinal);
        Assert.True(table >= 0 && chart > table, "the table should come before the chart");
    }

    [Fact]
    public async Task DisbursementsPage_Chart_HasATextAlternativeStatingEveryValue()
    {
        var html = await ReadAsync();
        var svg = Regex.Match(html, "<svg( class=\"chart-svg[^>]*)>(.*?)</svg>", RegexOptions.Singleline);

        Assert.True(svg.Success);
        Assert.Contains("role=\"img\"", svg.Groups[1].Value, StringComparison.Ordinal);
        var labelledBy = Regex.Match(svg.Groups[1].Value, "aria-labelledby=\"([^\"]+)\"").Groups[1].Value.Split(' ');
        Assert.Equal(2, labelledBy.Length);
        var texts = labelledBy.Select(id => Regex.Match(html, $"id=\"{id}\">(.*?)</", RegexOptions.Singleline).Groups[1].Value).ToList();
        Assert.Contains("2014–2015", texts[0], StringComparison.Ordinal);
        Assert.Equal("Fixture department: $28.27 million; Fixture other sources: $1.66 million; total $29.93 million in 2014–2015.", texts[1]);
    }

    [Fact]
    public async Task DisbursementsPage_Chart_IsDrawnUnscaledInAFigureWithCaptionSourceDateAndFile()
    {
        var html = await ReadAsync();
        var figure = Regex.Match(html, "<figure class=\"chart\" id=\"disbursements-chart\">(.*?)</figure>", RegexOptions.Singleline).Groups[1].Value;

        // No viewBox: the browser never scales the drawing, so its text stays the size of the page's text.
        var svgs = Regex.Matches(figure, "<svg([^>]*)>(.*?)</svg>", RegexOptions.Singleline);
        Assert.Equal(2, svgs.Count);
        Assert.All(svgs, svg =>
        {
            Assert.DoesNotContain("viewBox", svg.Groups[1].Value, StringComparison.Ordinal);
            Assert.Matches("width=\"100%\" height=\"\\d+(\\.\\d+)?em\"", svg.Groups[1].Value);
            Assert.Equal(2, Regex.Count(svg.Groups[2].Value, "<rect class=\"chart-bar\""));
        });
        Assert.Matches("<figcaption>[\\s\\S]*href=\"/en/peru#source-profile\"[\\s\\S]*Date modified: [\\s\\S]*</figcaption>", figure);
        Assert.Contains("<a href=\"/en/peru/disbursements.svg\" type=\"image/svg+xml\">", figure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisbursementsPage_Chart_BarsAreProportionalToTheAmounts()
    {
        var html = await ReadAsync();
        var svg = Regex.Match(html, "<svg( class=\"chart-svg[^>]*)>(.*?)</svg>", RegexOptions.Singleline).Groups[2].Value;
        var widths = Regex.Matches(svg, "<rect class=\"chart-bar\" x=\"[^\"]*\" y=\"[^\"]*\" width=\"([^\"]+)%\"")
            .Select(m => decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        Assert.Equal(2, widths.Count);
        Assert.Equal(28.27m / 1.66m, widths[0] / widths[1], 1);
    }

    private async Task<string> ReadAsync()
    {
        var response = await factory.CreateClient().GetAsync(new Uri(Path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Razor escapes non-ASCII characters such as the en dash; compare what a reader sees.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
