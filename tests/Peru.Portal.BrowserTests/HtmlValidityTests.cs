using System.Diagnostics;
using System.Text.Json;

namespace Peru.Portal.BrowserTests;

/// <summary>
/// Every page through the W3C Nu HTML Checker (npm vnu-jar, run with Java). The checker cannot fetch from
/// loopback, so the pages are saved to files first, exactly as the portal served them.
/// </summary>
[Collection(BrowserFixtureDefinition.Name)]
public sealed class HtmlValidityTests(PortalServer server)
{
    private static string VnuJar => Path.Combine(PortalServer.RepositoryRoot, "tests", "Peru.Portal.BrowserTests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task EveryPage_PassesTheNuHtmlCheckerWithNoError()
    {
        Assert.True(File.Exists(VnuJar), $"{VnuJar} is missing: run `npm ci` in tests/Peru.Portal.BrowserTests (tests/run.sh does)");
        var folder = Directory.CreateTempSubdirectory("peru-vnu-").FullName;
        try
        {
            using var client = new HttpClient();
            var files = new Dictionary<string, string>();
            var pages = ((IEnumerable<object[]>)PortalServer.Pages()).Select(row => (string)row[0]).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(folder, $"page-{i:D3}.html");
                await File.WriteAllTextAsync(file, await (await client.GetAsync(new Uri(server.BaseUrl + pages[i]))).Content.ReadAsStringAsync());
                files[Path.GetFileName(file)] = pages[i];
            }

            var start = new ProcessStartInfo("java", ["-jar", VnuJar, "--errors-only", "--format", "json", "--skip-non-html", folder])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var vnu = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
            var stdout = vnu.StandardOutput.ReadToEndAsync();
            var report = await vnu.StandardError.ReadToEndAsync();
            await vnu.WaitForExitAsync();
            await stdout;

            // vnu writes its JSON report to standard error.
            using var json = JsonDocument.Parse(report);
            var errors = json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m => $"{files.GetValueOrDefault(Path.GetFileName(new Uri(m.GetProperty("url").GetString()!).LocalPath), "?")} line {(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):\n{string.Join("\n", errors.Take(30))}");
            Assert.Equal(pages.Count, files.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
