using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Peru.Portal.BrowserTests;

/// <summary>Every page, in a real browser: WCAG 2.1 AA by axe-core, the skip link, keyboard reach and focus, reflow.</summary>
[Collection(BrowserFixtureDefinition.Name)]
public sealed class AccessibilityTests(PortalServer server)
{
    // The skip link a keyboard user meets first, by the language the address starts with.
    private static readonly Dictionary<string, string> SkipLinkText = new(StringComparer.Ordinal)
    {
        ["en"] = "Skip to main content",
        ["fr"] = "Passer au contenu principal",
        ["es"] = "Pasar al contenido principal",
    };

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },

        // Only violations are read; leaving out passes and incomplete results makes each run much faster.
        ResultTypes = [ResultType.Violations],
    };

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await server.Browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        var response = await page.GotoAsync(server.BaseUrl + path);
        Assert.NotNull(response);
        Assert.True(response.Status is 200 or 404, $"{path} answered {response.Status}");
        return page;
    }

    /// <summary>
    /// One visit per page, several checks, three pages at a time: axe-core takes seconds a page, so the
    /// pages are checked side by side and every failing page is reported, not only the first.
    /// </summary>
    [Fact]
    public async Task EveryPage_MeetsWcag21AaAndWorksByKeyboardAtEveryWidth()
    {
        var pages = ((IEnumerable<object[]>)PortalServer.Pages()).Select(row => (string)row[0]).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var slots = new SemaphoreSlim(3);
        await Task.WhenAll(pages.Select(async path =>
        {
            await slots.WaitAsync();
            try
            {
                await CheckPageAsync(path);
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or PlaywrightException or TimeoutException)
            {
                failures.Add($"{path}: {e.Message}");
            }
            finally
            {
                slots.Release();
            }
        }));

        Assert.True(failures.IsEmpty, $"{failures.Count} of {pages.Count} pages fail:\n{string.Join("\n\n", failures.Order(StringComparer.Ordinal))}");
    }

    private async Task CheckPageAsync(string path)
    {
        var page = await OpenAsync(path);
        try
        {
            await HasNoAxeViolationsAsync(page, path);
            await FirstTabReachesSkipLinkToMainAsync(page, SkipLinkText.GetValueOrDefault(path.Split('/')[1], SkipLinkText["en"]));
            await EveryInteractiveElementTakesVisibleKeyboardFocusAsync(page, path);

            // 200% zoom of a 1280-pixel window leaves 640 CSS pixels; 320 pixels is 400% zoom (WCAG 1.4.10).
            foreach (var width in new[] { 640, 320 })
            {
                await page.SetViewportSizeAsync(width, 900);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px wide");
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static async Task HasNoAxeViolationsAsync(IPage page, string path)
    {
        // Legacy mode runs axe.run in the page itself; the default mode opens an extra page per run to
        // combine frame results, which costs about two seconds a page and buys nothing here: no page has frames.
#pragma warning disable CS0618 // see above: legacy mode is the one that fits single-frame pages
        var result = await page.Locator("html").RunAxeLegacy(WcagAa);
#pragma warning restore CS0618
        var report = new StringBuilder();
        foreach (var violation in result.Violations)
        {
            report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes.Take(3))
            {
                report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html}");
            }
        }

        Assert.True(result.Violations.Length == 0, $"{path}:\n{report}");
    }

    private static async Task FirstTabReachesSkipLinkToMainAsync(IPage page, string text)
    {
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className + '|' + document.activeElement.textContent.trim()");
        Assert.Equal($"skip-link|{text}", focused);
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "the focused skip link must be visible on screen");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    /// <summary>
    /// The full walk with the Tab key, on one page of each type: it proves the tab order reaches every
    /// interactive element and traps none. Pages of one type share their markup, so one of each suffices.
    /// </summary>
    [Theory]
    [MemberData(nameof(ScreenshotTests.PageTypes), MemberType = typeof(ScreenshotTests))]
    public async Task PageType_TabKeyReachesEveryInteractiveElementWithVisibleFocus(string name, string path)
    {
        var page = await OpenAsync(path);
        try
        {
            await EveryInteractiveElementIsReachedByTabAndVisiblyFocusedAsync(page, $"{name} ({path})");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>
    /// On every page: each interactive element is in the tab order and shows a visible focus indicator when
    /// focused after keyboard use (Chromium applies :focus-visible to focus that follows a key press).
    /// </summary>
    private static async Task EveryInteractiveElementTakesVisibleKeyboardFocusAsync(IPage page, string path)
    {
        await page.Keyboard.PressAsync("Tab");
        var problems = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]')]
              .filter(e => e.getClientRects().length > 0)
              .map(e => {
                if (e.tabIndex < 0 && e.id !== 'main') return 'not in the tab order: ' + e.outerHTML.slice(0, 80);
                if (e.tabIndex < 0) return null;
                e.focus();
                if (document.activeElement !== e) return 'cannot take focus: ' + e.outerHTML.slice(0, 80);
                const s = getComputedStyle(e);
                const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
                return visible ? null : 'no visible focus: ' + e.outerHTML.slice(0, 80);
              })
              .filter(p => p !== null)
            """);
        Assert.True(problems.Length == 0, $"{path}: {string.Join("; ", problems)}");
    }

    private static async Task EveryInteractiveElementIsReachedByTabAndVisiblyFocusedAsync(IPage page, string path)
    {
        var count = await page.EvaluateAsync<int>("""
            () => {
              const all = [...document.querySelectorAll('a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])')]
                .filter(e => e.getClientRects().length > 0 || e.classList.contains('skip-link'));
              all.forEach((e, i) => e.setAttribute('data-focus-index', i));
              return all.length;
            }
            """);
        // The page records each focus itself, so the keyboard is driven without a round trip per element.
        await page.EvaluateAsync("""
            () => {
              window.__focus = [];
              document.addEventListener('focusin', event => {
                const e = event.target;
                const s = getComputedStyle(e);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                const shadow = s.boxShadow && s.boxShadow !== 'none';
                window.__focus.push({ index: e.getAttribute('data-focus-index') ?? '-1', visible: !!(outline || shadow), html: e.outerHTML.slice(0, 80) });
              });
            }
            """);
        for (var i = 0; i < count + 2; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var focus = await page.EvaluateAsync<FocusRecord[]>("() => window.__focus");
        var reached = focus.Where(f => f.Index != "-1").Select(f => f.Index).ToHashSet();
        var invisible = focus.Where(f => f.Index != "-1" && !f.Visible).Select(f => f.Html).Distinct().ToList();
        Assert.True(reached.Count == count, $"{path}: Tab reached {reached.Count} of {count} interactive elements");
        Assert.True(invisible.Count == 0, $"{path}: no visible focus on {string.Join(", ", invisible)}");
    }

    private sealed class FocusRecord
    {
        public string Index { get; set; } = "-1";

        public bool Visible { get; set; }

        public string Html { get; set; } = "";
    }
}
