using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Export;

/// <summary>
/// The fixture content exported once by the export command and served by nginx with the sample configuration
/// from docs/nginx/export.conf, as a static host would serve it.
/// </summary>
public sealed class ExportedSite : IAsyncLifetime
{
    public const string BaseUrl = "https://portal.example.org";

    private static readonly string[] NginxPaths = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    private readonly string _folder = Directory.CreateTempSubdirectory("peru-export-tests-").FullName;
    private Process? _nginx;

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
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit(5000);
        }

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
        var nginx = NginxPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: the static export is tested with it. Install the Debian package (apt-get install nginx); tests/run.sh does so when it is missing.");
        const string mimeTypes = "/etc/nginx/mime.types";
        if (!File.Exists(mimeTypes))
        {
            throw new InvalidOperationException($"{mimeTypes} is missing: reinstall the Debian nginx package");
        }

        var port = FreeLoopbackPort();
        var sample = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "nginx", "export.conf"));
        var site = Substitute(Substitute(sample, "/var/www/peru-portal", Root), "listen 80;", $"listen 127.0.0.1:{port};");
        await File.WriteAllTextAsync(Path.Combine(_folder, "site.conf"), site);

        // The sample is a file for conf.d; this is the http block around it that /etc/nginx/nginx.conf would give,
        // with every path nginx writes to moved into the test's folder. Run as root, the workers keep the test's user.
        var user = Environment.UserName == "root" ? "user root;" : "";
        await File.WriteAllTextAsync(Path.Combine(_folder, "nginx.conf"), $$"""
            {{user}}
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log;
            worker_processes 1;
            events {}
            http {
                include {{mimeTypes}};
                default_type application/octet-stream;
                access_log {{_folder}}/access.log;
                client_body_temp_path {{_folder}}/body;
                proxy_temp_path {{_folder}}/proxy;
                fastcgi_temp_path {{_folder}}/fastcgi;
                uwsgi_temp_path {{_folder}}/uwsgi;
                scgi_temp_path {{_folder}}/scgi;
                include {{_folder}}/site.conf;
            }
            """);
        _nginx = Process.Start(new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-p", _folder + "/", "-e", Path.Combine(_folder, "error.log"), "-c", Path.Combine(_folder, "nginx.conf"), "-g", "daemon off;" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        Nginx = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_nginx.HasExited)
            {
                throw new InvalidOperationException($"nginx exited {_nginx.ExitCode}: {await _nginx.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"nginx did not listen on port {port} within 10 s");
    }

    private static string Substitute(string text, string placeholder, string value) =>
        text.Contains(placeholder, StringComparison.Ordinal)
            ? text.Replace(placeholder, value, StringComparison.Ordinal)
            : throw new InvalidOperationException($"docs/nginx/export.conf no longer contains '{placeholder}', which the test replaces");

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
