using System.Diagnostics;
using System.Net;
using Peru.Portal.Tests.Cli;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// The published portal started as a service manager or a container starts it: <c>dotnet /srv/app/Peru.Portal.Web.dll</c>
/// from a working folder that has nothing to do with it. Its stylesheets must be found beside it.
/// </summary>
public sealed class PublishedPortalFixture : IDisposable
{
    public PublishedPortalFixture()
    {
        var project = Path.Combine(RepositoryRoot, "src", "Peru.Portal.Web", "Peru.Portal.Web.csproj");
        var publish = Run("dotnet", ["publish", project, "-c", Configuration, "--no-build", "--no-restore", "-o", App, "-v", "q"], RepositoryRoot);
        if (publish.ExitCode != 0 || !File.Exists(Path.Combine(App, "Peru.Portal.Web.dll")))
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}): {publish.Output}");
        }

        ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, Content);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("peru-published-").FullName;

    public string App => Path.Combine(Folder, "app");

    public string Content => Path.Combine(Folder, "content");

    // The configuration this test assembly was built in is the one whose build is there to publish.
    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string RepositoryRoot => Export.ExportedSite.RepositoryRoot();

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static (int ExitCode, string Output) Run(string file, string[] args, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}

public sealed class PublishedPortalTests(PublishedPortalFixture published) : IClassFixture<PublishedPortalFixture>
{
    [Fact]
    public async Task PublishedPortal_StartedFromTheRootFolder_ServesItsStylesheets()
    {
        var port = LoopbackPorts.Free();
        using var portal = Start(published.App, port, "published.db");
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitForHealthyAsync(client, portal);

            var page = await client.GetStringAsync(new Uri("/en/peru", UriKind.Relative));
            var stylesheet = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
            var icon = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));

            Assert.Contains("/css/site.css?v=", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
            Assert.Equal("text/css", stylesheet.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        }
        finally
        {
            portal.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task PublishedPortal_WithoutItsWebRoot_RefusesToStartAndSaysWhy()
    {
        var broken = Path.Combine(published.Folder, "no-web-root");
        ValidateCommandTests.CopyDirectory(published.App, broken);
        Directory.Delete(Path.Combine(broken, "wwwroot"), recursive: true);

        using var portal = Start(broken, LoopbackPorts.Free(), "broken.db");
        var output = portal.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await portal.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, portal.ExitCode);
        Assert.Contains("has no css/site.css: pages would be served without their stylesheets", await output, StringComparison.Ordinal);
    }

    private Process Start(string app, int port, string store)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(app, "Peru.Portal.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        start.Environment["Portal__ContentPath"] = published.Content;
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(published.Folder, store)}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return Process.Start(start)!;
    }

    private static async Task WaitForHealthyAsync(HttpClient client, Process portal)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            Assert.False(portal.HasExited, $"the portal exited with {(portal.HasExited ? portal.ExitCode : 0)}");
            try
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
        }

        throw new TimeoutException("the published portal did not become healthy within 60 seconds");
    }
}
