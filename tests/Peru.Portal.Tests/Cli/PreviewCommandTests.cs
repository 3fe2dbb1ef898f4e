using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Cli;

/// <summary><c>preview</c> starts the portal with preview on, on its own port and store unless told otherwise.</summary>
public sealed class PreviewCommandTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void PreviewArguments_NothingGiven_TurnPreviewOnOnItsOwnPortAndStore()
    {
        var args = PreviewCommand.HostArguments(null, null, [], NoEnvironment, "/repo");

        Assert.Contains("--Portal:Preview=true", args);
        Assert.Contains("--urls=http://localhost:5081", args);
        Assert.Contains(args, a => a.StartsWith("--ConnectionStrings:Portal=Data Source=", StringComparison.Ordinal) && a.EndsWith("preview.db", StringComparison.Ordinal));
        Assert.DoesNotContain(args, a => a.StartsWith("--Portal:ContentPath", StringComparison.Ordinal));
    }

    [Fact]
    public void PreviewArguments_ContentAndUrlsGiven_AreTakenWithTheContentFromWhereTheCommandRan()
    {
        var args = PreviewCommand.HostArguments("content", "http://127.0.0.1:6000", ["--Portal:BaseUrl=https://preview.example.org"], NoEnvironment, "/repo");

        Assert.Contains("--urls=http://127.0.0.1:6000", args);
        Assert.DoesNotContain("--urls=http://localhost:5081", args);
        Assert.Contains($"--Portal:ContentPath={Path.GetFullPath("/repo/content")}", args);
        Assert.Contains("--Portal:BaseUrl=https://preview.example.org", args);
    }

    [Fact]
    public void PreviewArguments_AddressesFromTheEnvironmentOrAStoreNamed_AreLeftAlone()
    {
        var args = PreviewCommand.HostArguments(null, null, ["--ConnectionStrings:Portal=Data Source=mine.db"], v => v == "ASPNETCORE_URLS" ? "http://+:8080" : null, "/repo");

        Assert.DoesNotContain(args, a => a.StartsWith("--urls", StringComparison.Ordinal));
        Assert.Single(args, a => a.Contains("ConnectionStrings:Portal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_Started_ServesTheContentAsPreviewUntilStopped()
    {
        var port = LoopbackPorts.Free();
        var store = Path.Combine(Path.GetTempPath(), $"peru-preview-{Guid.NewGuid():N}.db");
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var web = Path.Combine(Export.ExportedSite.RepositoryRoot(), "src", "Peru.Portal.Web");
        var running = CommandLine.RunAsync(
            ["preview", "--content", PortalFactory.FixtureContent, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", web, $"--ConnectionStrings:Portal=Data Source={store}"],
            output, error, stop.Token);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpResponseMessage? answer = null;
            while (answer is null && !running.IsCompleted && !stop.IsCancellationRequested)
            {
                try
                {
                    answer = await client.GetAsync(new Uri("/en/peru", UriKind.Relative), stop.Token);
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200, stop.Token);
                }
            }

            Assert.NotNull(answer);
            Assert.True(answer.StatusCode == System.Net.HttpStatusCode.OK, output.ToString() + error + await answer.Content.ReadAsStringAsync());
            // Preview is on: what a reader never gets, a page that asks not to be indexed.
            Assert.Contains("noindex", string.Join(",", answer.Headers.TryGetValues("X-Robots-Tag", out var robots) ? robots : []), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            var exit = await running;
            Assert.True(exit == 0, error.ToString());
            File.Delete(store);
        }
    }
}
