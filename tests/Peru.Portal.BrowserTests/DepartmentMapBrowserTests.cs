using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Peru.Portal.BrowserTests;

/// <summary>The map of departments in a real browser: pictures at a phone's and a desktop's width, axe-core, and the keyboard.</summary>
[Collection(BrowserFixtureDefinition.Name)]
public sealed class DepartmentMapBrowserTests(PortalServer server)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    // The departments the real content names (docs/content-sources.md).
    private static readonly string[] ShadedDepartments = ["Huancavelica", "La Libertad", "Lima", "Ayacucho", "Piura"];

    private async Task<IPage> OpenAsync(string path, int width)
    {
        var page = await server.Browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        var response = await page.GotoAsync(server.BaseUrl + path);
        Assert.Equal(200, response?.Status);
        return page;
    }

    [Theory]
    [InlineData("en", "/en/peru/departments")]
    [InlineData("fr", "/fr/perou/departements")]
    [InlineData("es", "/es/peru/departamentos")]
    public async Task Map_IsCapturedAtPhoneAndDesktopWidths_AndFitsTheWindow(string language, string path)
    {
        var folder = Path.Combine(PortalServer.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await OpenAsync(path, width);
            try
            {
                var map = await page.Locator("svg.department-map").BoundingBoxAsync();
                Assert.True(map is { Width: > 200, Height: > 300 } && map.X + map.Width <= width, $"{path} at {width}px: the map is {map?.Width}x{map?.Height} at x={map?.X}");
                var file = Path.Combine(folder, $"map-{language}-{width}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
            }
            finally
            {
                await page.CloseAsync();
            }
        }
    }

    [Theory]
    [InlineData("/en/peru/departments")]
    [InlineData("/es/peru/departamentos")]
    [InlineData("/fr/perou/departements/la-libertad")]
    public async Task MapAndDepartmentPages_HaveNoAxeViolations(string path)
    {
        var page = await OpenAsync(path, 1280);
        try
        {
#pragma warning disable CS0618 // legacy mode runs in the page itself: no page has frames (see AccessibilityTests)
            var result = await page.Locator("html").RunAxeLegacy(WcagAa);
#pragma warning restore CS0618
            var report = new StringBuilder();
            foreach (var violation in result.Violations)
            {
                report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{violation.Id}: {violation.Help} {string.Join(", ", violation.Nodes.Take(3).Select(n => n.Html))}");
            }

            Assert.True(result.Violations.Length == 0, $"{path}:\n{report}");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task TabKey_ReachesEveryShadedDepartmentWithVisibleFocusAndItsName_AndEnterOpensItsPage()
    {
        var page = await OpenAsync("/en/peru/departments", 1280);
        try
        {
            var expected = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('svg.department-map a')].map(a => a.getAttribute('aria-label'))");
            Assert.Equal(ShadedDepartments.Order(), expected.Order());

            var reached = new List<string>();
            for (var i = 0; i < 60 && reached.Count < expected.Length; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focused = await page.EvaluateAsync<string?>("""
                    () => {
                      const e = document.activeElement;
                      if (!e.closest('svg.department-map')) return null;
                      const s = getComputedStyle(e);
                      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? 'visible|' : 'invisible|') + e.getAttribute('aria-label');
                    }
                    """);
                if (focused is not null)
                {
                    reached.Add(focused);
                }
            }

            Assert.Equal(expected.Select(n => $"visible|{n}").Order(), reached.Order());

            // Back to the map's first link by keyboard, then Enter follows it.
            await page.Keyboard.PressAsync("Shift+Tab");
            while (await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('svg.department-map') && document.activeElement.getAttribute('aria-label') !== 'La Libertad'"))
            {
                await page.Keyboard.PressAsync("Shift+Tab");
            }

            Assert.Equal("La Libertad", await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('aria-label')"));
            // The address is what Enter must change; the new page's own loading is not this test's to time.
            var opened = page.WaitForURLAsync("**/en/peru/departments/la-libertad", new() { Timeout = 10000, WaitUntil = WaitUntilState.Commit });
            await page.Keyboard.PressAsync("Enter");
            try
            {
                await opened;
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"Enter on La Libertad did not open its page; the browser is at {page.Url}. The portal's log:{Environment.NewLine}{server.RecentLog()}", e);
            }

            Assert.Equal("La Libertad", (await page.Locator("h1").TextContentAsync())?.Trim());
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
