using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Export;

/// <summary>
/// The fixture content exported once by the export command and served by nginx with the sample configuration
/// from docs/nginx/export.conf, as a static host would serve it.
/// </summary>
public sealed class ExportedSite : IAsyncLifetime
{
    public const string BaseUrl = "https://portal.example.org";

    private readonly string _folder = Directory.CreateTempSubdirectory("peru-export-tests-").FullName;
    private NginxProcess? _nginx;

    public string Root => Path.Combine(_folder, "site");

    /// <summary>A client of nginx that does not follow redirects, so tests see the 301s and 302s themselves.</summary>
    public HttpClient Nginx { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["export", "--content", PortalFactory.FixtureContent, "--out", Root, "--base-url", BaseUrl], output, error);
        if (exit != 0)
        {
            throw new InvalidOperationException($"export exited {exit}:\n{output}\n{error}");
        }

        await StartNginxAsync();
    }

    public Task DisposeAsync()
    {
        Nginx?.Dispose();
        _nginx?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Peru.Portal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository (Peru.Portal.sln) is not above the test output folder");
    }

    private async Task StartNginxAsync()
    {
        _nginx = await NginxProcess.StartAsync(_folder, "export.conf", port => [("/var/www/peru-portal", Root), ("listen 80;", $"listen 127.0.0.1:{port};")]);
        Nginx = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{_nginx.Port}") };
    }
}
