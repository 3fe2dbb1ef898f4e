using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.BrowserTests;

/// <summary>
/// The real portal on loopback (Kestrel, real content, a throwaway store) and Debian's Chromium driven by
/// Playwright. Playwright is never allowed to fetch a browser: a missing Chromium fails the run, loudly.
/// </summary>
public sealed class PortalServer : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",

        // Pages checked side by side are background tabs; unthrottled, axe-core's timers run at full speed.
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ];

    private readonly string _work = Directory.CreateTempSubdirectory("peru-browser-").FullName;
    private readonly Queue<string> _log = new();
    private Process? _portal;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowserContext Browser { get; private set; } = null!;

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Peru.Portal.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("the repository was not found above the test assembly");
        }
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("PERU_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Every page the portal publishes (the sitemap's list), plus the search and 404 pages.</summary>
    public static TheoryData<string> Pages()
    {
        var content = new ContentLoader(new MarkdownRenderer()).Load(Path.Combine(RepositoryRoot, "content"));
        var snapshot = ContentSnapshot.ImportAsync(content.Content).GetAwaiter().GetResult();
        var data = new TheoryData<string>();
        using (var db = snapshot.CreateDbContext())
        {
            foreach (var page in new PageIndexRepository(db).ListPagesAsync().GetAwaiter().GetResult())
            {
                data.Add(page.Path);
            }
        }

        snapshot.DisposeAsync().AsTask().GetAwaiter().GetResult();

        data.Add("/en/search?q=teachers");
        data.Add("/en/search?q=zzzz");
        data.Add("/en/peru/projects?sort=amount&dir=desc");
        data.Add("/en/no-such-page");
        return data;
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests need Debian's Chromium: run `apt-get install chromium` (tests/run.sh does this), or set PERU_CHROMIUM to its path.");
        }

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Peru.Portal.Web.dll"), "--urls", BaseUrl])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(RepositoryRoot, "src", "Peru.Portal.Web"),
        };
        start.Environment["Portal__ContentPath"] = Path.Combine(RepositoryRoot, "content");
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(_work, "portal.db")}";
        start.Environment["Portal__BaseUrl"] = BaseUrl;
        start.Environment["Portal__Search__RequestsPerMinute"] = "100000";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        _portal = Process.Start(start) ?? throw new InvalidOperationException("the portal did not start");
        _portal.OutputDataReceived += (_, line) => Keep(line.Data);
        _portal.ErrorDataReceived += (_, line) => Keep(line.Data);
        _portal.BeginOutputReadLine();
        _portal.BeginErrorReadLine();
        await WaitForHealthyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_work, "profile"), new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },

            // The portal's Content-Security-Policy forbids every script; axe-core is injected by the test.
            BypassCSP = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_portal is { HasExited: false })
        {
            _portal.Kill(entireProcessTree: true);
            await _portal.WaitForExitAsync();
        }

        _portal?.Dispose();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be closing files in its profile; the temporary folder is left to the system.
        }
    }

    /// <summary>
    /// The portal's last log lines (warnings and errors: the level is Warning), for a failure message: a browser that
    /// waits in vain says nothing of what the server did meanwhile.
    /// </summary>
    public string RecentLog()
    {
        lock (_log)
        {
            return _log.Count == 0 ? "(the portal logged nothing at Warning or above)" : string.Join(Environment.NewLine, _log);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > 200)
            {
                _log.Dequeue();
            }
        }
    }

    private async Task WaitForHealthyAsync()
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_portal!.HasExited)
            {
                throw new InvalidOperationException($"the portal exited with code {_portal.ExitCode} before it was healthy");
            }

            try
            {
                if ((await client.GetAsync(new Uri($"{BaseUrl}/healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the portal did not become healthy within 90 seconds");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserFixtureDefinition : ICollectionFixture<PortalServer>
{
    public const string Name = "browser";
}
