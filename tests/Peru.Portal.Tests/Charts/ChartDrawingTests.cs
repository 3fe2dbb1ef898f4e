using System.Text;
using System.Xml.Linq;
using Peru.Portal.Web.Charts;

namespace Peru.Portal.Tests.Charts;

/// <summary>How the builders lay a chart out and how it is written as SVG, without a server.</summary>
public sealed class ChartDrawingTests
{
    private static readonly ChartFigure Bars = new(
        "test-chart",
        "Amounts <by> source & year",
        "Amounts in Canadian dollars.",
        "Alpha: $10; Beta: $5.",
        "Source: A report",
        "/en/peru#source-a",
        "Date modified: December 1, 2026",
        "/en/peru/test.svg",
        null,
        new BarChartBody([
            new BarGroup("2014–2015", [new BarItem("Alpha, a label long enough to need more than one line: $10", 10m, "CAD"), new BarItem("Beta <b>: $5", 5m, "CAD")], "Total: $15"),
            new BarGroup("Counted", [new BarItem("Gamma: 3 achievements", 3m, "count")], null),
        ]));

    [Fact]
    public void BarChart_WrapsEveryLabelWithinItsMeasure_AndScalesBarsAgainstTheirOwnSeries()
    {
        var drawing = Bars.Draw(Measure.Phone);

        Assert.All(drawing.Texts, t => Assert.True(t.Text.Length <= Measure.Phone.Characters, $"'{t.Text}' is longer than a phone's line"));
        Assert.Equal(["2014–2015", "Alpha, a label long", "enough to need more", "than one line: $10"], drawing.Texts.Take(4).Select(t => t.Text));
        Assert.Equal([1.0, 0.5, 1.0], drawing.Rects.Select(r => r.Width));
        Assert.True(drawing.Height > Bars.Draw(Measure.Wide).Height, "narrower lines make a taller drawing");
    }

    [Fact]
    public void Timeline_BarRunsFromTheStartOfItsFirstYearToTheEndOfItsLast()
    {
        var chart = Bars with { Body = new TimelineBody(2024, 2031, [new TimelineItem("Project: 2024–2029", 2024, 2029), new TimelineItem("Other: 2025–2027", 2025, 2027)]) };

        var drawing = chart.Draw(Measure.Wide);

        Assert.Equal(0.0, drawing.Rects[0].X, 6);
        Assert.Equal(6 / 8.0, drawing.Rects[0].Width, 6);
        Assert.Equal(1 / 8.0, drawing.Rects[1].X, 6);
        Assert.Equal(3 / 8.0, drawing.Rects[1].Width, 6);
        Assert.Equal(Enumerable.Range(2024, 8).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), drawing.Texts.Where(t => t.Strong).Select(t => t.Text));
        Assert.Equal(["2024", "2026", "2028", "2030"], chart.Draw(Measure.Phone).Texts.Where(t => t.Strong).Select(t => t.Text));
    }

    [Fact]
    public void InlineSvg_IsUnscaled_InPercentAndEm_WithEveryLabelEscaped()
    {
        var svg = ChartSvg.Inline(Bars.Draw(Measure.Wide), "chart-svg chart-wide", "test-chart-title test-chart-text");
        var root = XElement.Parse(svg);

        Assert.Null(root.Attribute("viewBox"));
        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.EndsWith("em", (string?)root.Attribute("height"), StringComparison.Ordinal);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Contains("Beta &lt;b&gt;: $5", svg, StringComparison.Ordinal);
        Assert.All(root.Descendants().Where(e => e.Name.LocalName is "rect" or "text").SelectMany(e => e.Attributes().Where(a => a.Name.LocalName is "x" or "y" or "width" or "height")),
            a => Assert.Matches("^\\d+(\\.\\d+)?(%|em)$", a.Value));
    }

    [Fact]
    public void ChartFile_CarriesTitleUnitsSourceDateAndAddress_AndIsTheSameBytesEachTime()
    {
        var first = ChartSvg.File(Bars, Bars.Draw(Measure.File), "en", "https://example.org/en/peru/test");
        var second = ChartSvg.File(Bars, Bars.Draw(Measure.File), "en", "https://example.org/en/peru/test");
        var root = XDocument.Parse(Encoding.UTF8.GetString(first)).Root!;
        XNamespace svg = "http://www.w3.org/2000/svg";
        var lines = root.Elements(svg + "text").Select(t => t.Value).ToList();

        Assert.Equal(first, second);
        Assert.Equal("Amounts <by> source & year", root.Element(svg + "title")!.Value);
        Assert.Equal("Alpha: $10; Beta: $5.", root.Element(svg + "desc")!.Value);
        Assert.Equal($"0 0 720 {root.Attribute("height")!.Value}", root.Attribute("viewBox")!.Value);
        Assert.Contains("Amounts in Canadian dollars.", lines);
        Assert.Contains("Source: A report", lines);
        Assert.Contains("Date modified: December 1, 2026", lines);
        Assert.Contains("https://example.org/en/peru/test", lines);
    }
}
