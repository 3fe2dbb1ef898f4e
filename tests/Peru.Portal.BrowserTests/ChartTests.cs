using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Peru.Portal.BrowserTests;

/// <summary>
/// The charts and the wide tables in a real browser: a picture of each chart at a phone's and a desktop's width,
/// chart text measured at the body's size from 320 to 1920 px and never cut off, axe-core on the pages that show
/// them, and tables that reflow at 320 px while staying tables to assistive technology.
/// </summary>
[Collection(BrowserFixtureDefinition.Name)]
public sealed class ChartTests(PortalServer server)
{
    public static TheoryData<string, string> Charts() => new()
    {
        { "/en/peru/disbursements", "disbursements-chart" },
        { "/en/peru/projects", "projects-amount-chart" },
        { "/en/peru/projects", "projects-period-chart" },
        { "/en/peru/bilateral-relations", "trade-chart" },
        { "/en/peru/achievements", "achievements-chart" },
        { "/fr/perou/projets", "projects-period-chart" },
        { "/es/peru/desembolsos", "disbursements-chart" },
    };

    private static readonly string[] ChartPages = ["/en/peru/disbursements", "/en/peru/projects", "/en/peru/bilateral-relations", "/en/peru/achievements", "/fr/perou/projets", "/es/peru/logros"];

    private static readonly string[] TablePages = ["/en/peru/projects", "/fr/perou/projets", "/es/peru/proyectos", "/en/peru/thematic-focus/advancing-gender-equality", "/en/peru/bilateral-relations", "/en/peru/evaluation"];

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private async Task<IPage> OpenAsync(string path, int width)
    {
        var page = await server.Browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        var response = await page.GotoAsync(server.BaseUrl + path);
        Assert.Equal(200, response?.Status);
        return page;
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task Chart_IsCapturedAtPhoneAndDesktopWidths(string path, string id)
    {
        var folder = Path.Combine(PortalServer.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await OpenAsync(path, width);
            try
            {
                var file = Path.Combine(folder, $"chart-{path.Split('/')[1]}-{id}-{width}.png");
                await page.Locator($"#{id}").ScreenshotAsync(new() { Path = file });
                Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
            }
            finally
            {
                await page.CloseAsync();
            }
        }
    }

    /// <summary>
    /// The drawing is never scaled, so its labels are the page's body text whatever the width; and since SVG text
    /// does not wrap, each shown label must also end inside its drawing.
    /// </summary>
    [Fact]
    public async Task ChartLabels_AreTheBodyTextSize_AndEndInsideTheDrawing_From320To1920Pixels()
    {
        var failures = new List<string>();
        foreach (var path in ChartPages)
        {
            foreach (var width in new[] { 320, 375, 1280, 1920 })
            {
                var page = await OpenAsync(path, width);
                try
                {
                    var measured = await page.EvaluateAsync<string[]>("""
                        () => {
                            const body = parseFloat(getComputedStyle(document.body).fontSize);
                            const out = [];
                            for (const svg of document.querySelectorAll('svg.chart-svg')) {
                                if (getComputedStyle(svg).display === 'none') continue;
                                const box = svg.getBoundingClientRect();
                                for (const text of svg.querySelectorAll('text')) {
                                    const size = parseFloat(getComputedStyle(text).fontSize);
                                    const r = text.getBoundingClientRect();
                                    if (Math.abs(size - body) > 1) out.push(`'${text.textContent}' is ${size}px, body ${body}px`);
                                    // A glyph such as "J" reaches a pixel or two left of where its text starts: not a cut-off label.
                                    if (r.left < box.left - 3 || r.right > box.right + 1) out.push(`'${text.textContent}' runs out of its drawing (${r.left.toFixed(0)}–${r.right.toFixed(0)} of ${box.left.toFixed(0)}–${box.right.toFixed(0)})`);
                                }
                            }
                            if (!document.querySelector('svg.chart-svg')) out.push('no chart');
                            return out;
                        }
                        """);
                    failures.AddRange(measured.Select(m => $"{path} at {width}px: {m}"));
                }
                finally
                {
                    await page.CloseAsync();
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public async Task ChartPages_MeetWcag21Aa_AtPhoneAndDesktopWidths()
    {
        var report = new StringBuilder();
        foreach (var path in ChartPages.Concat(TablePages).Distinct(StringComparer.Ordinal))
        {
            foreach (var width in new[] { 375, 1280 })
            {
                var page = await OpenAsync(path, width);
                try
                {
#pragma warning disable CS0618 // legacy mode runs axe in the page itself, which fits these single-frame pages
                    var result = await page.Locator("html").RunAxeLegacy(WcagAa);
#pragma warning restore CS0618
                    foreach (var violation in result.Violations)
                    {
                        report.AppendLine(CultureInfo.InvariantCulture, $"{path} at {width}px: {violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target))})");
                    }
                }
                finally
                {
                    await page.CloseAsync();
                }
            }
        }

        Assert.True(report.Length == 0, report.ToString());
    }

    /// <summary>At 320 px each row is a block of labelled lines: nothing scrolls sideways, and the accessibility tree still has a table with headers and cells.</summary>
    [Fact]
    public async Task WideTables_ReflowAt320Pixels_AndRemainTablesToAssistiveTechnology()
    {
        var failures = new List<string>();
        foreach (var path in TablePages)
        {
            var page = await OpenAsync(path, 320);
            try
            {
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                var wrapOverflow = await page.EvaluateAsync<int>("() => Math.max(0, ...[...document.querySelectorAll('table.stack')].map(t => t.scrollWidth - t.parentElement.clientWidth))");
                var table = page.GetByRole(AriaRole.Table).First;
                var cells = await table.GetByRole(AriaRole.Cell).CountAsync();
                var headers = await table.GetByRole(AriaRole.Columnheader).CountAsync();
                var label = await page.EvaluateAsync<string>("() => { const td = document.querySelector('table.stack td[data-label]'); return td ? getComputedStyle(td, '::before').content : ''; }");
                if (overflow > 0 || wrapOverflow > 0)
                {
                    failures.Add($"{path}: scrolls sideways by {Math.Max(overflow, wrapOverflow)}px at 320px");
                }

                if (cells == 0 || headers == 0)
                {
                    failures.Add($"{path}: the table has {headers} column headers and {cells} cells in the accessibility tree");
                }

                if (label.Length < 3)
                {
                    failures.Add($"{path}: cells are not labelled by their column at 320px ({label})");
                }
            }
            finally
            {
                await page.CloseAsync();
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
