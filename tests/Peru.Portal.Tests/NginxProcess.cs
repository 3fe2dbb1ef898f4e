using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Peru.Portal.Tests;

/// <summary>
/// Debian's nginx running one of the sample configurations from docs/nginx, in a folder of the test's own: the
/// sample is a file for conf.d, and this is the http block /etc/nginx/nginx.conf would put around it.
/// </summary>
public sealed class NginxProcess : IDisposable
{
    private static readonly string[] NginxPaths = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    private readonly Process _process;

    private NginxProcess(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    /// <summary>Reads docs/nginx/<paramref name="sample"/>, replaces each placeholder (which must be there) and starts nginx on a free loopback port.</summary>
    public static async Task<NginxProcess> StartAsync(string folder, string sample, Func<int, IEnumerable<(string Placeholder, string Value)>> substitutions)
    {
        var nginx = NginxPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: the sample configurations are tested with it. Install the Debian package (apt-get install nginx); tests/run.sh does so when it is missing.");
        const string mimeTypes = "/etc/nginx/mime.types";
        if (!File.Exists(mimeTypes))
        {
            throw new InvalidOperationException($"{mimeTypes} is missing: reinstall the Debian nginx package");
        }

        var port = LoopbackPorts.Free();
        var text = await File.ReadAllTextAsync(Path.Combine(Export.ExportedSite.RepositoryRoot(), "docs", "nginx", sample));
        foreach (var (placeholder, value) in substitutions(port))
        {
            text = text.Contains(placeholder, StringComparison.Ordinal)
                ? text.Replace(placeholder, value, StringComparison.Ordinal)
                : throw new InvalidOperationException($"docs/nginx/{sample} no longer contains '{placeholder}', which the test replaces");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), text);

        // Every path nginx writes to is in the test's folder. Run as root, the workers keep the test's user.
        var user = Environment.UserName == "root" ? "user root;" : "";
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            worker_processes 1;
            events {}
            http {
                include {{mimeTypes}};
                default_type application/octet-stream;
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/site.conf;
            }
            """);
        var process = Process.Start(new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-p", folder + "/", "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new NginxProcess(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"nginx did not listen on port {port} within 10 s");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
