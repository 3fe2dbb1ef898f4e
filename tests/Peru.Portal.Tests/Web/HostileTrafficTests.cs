using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Tests.Cli;
using Xunit.Abstractions;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// The portal on real Kestrel, on a loopback port, because Kestrel's own parsing of a request is part of
/// what hostile traffic meets. Beside its content folder lies a canary file no request may ever reach.
/// </summary>
public class KestrelPortalFactory : PortalFactory
{
    public const string Canary = "canary-1f6e2d0c-never-served";

    private readonly string _folder = Directory.CreateTempSubdirectory("peru-hostile-").FullName;

    public KestrelPortalFactory()
    {
        ContentPath = Path.Combine(_folder, "content");
        Directory.CreateDirectory(ContentPath);
        ValidateCommandTests.CopyDirectory(FixtureContent, ContentPath);
        File.WriteAllText(Path.Combine(_folder, "canary.txt"), Canary);
        File.WriteAllText(Path.Combine(ContentPath, "peru", ".canary.md"), Canary);
        UseKestrel(0);
    }

    public int Port
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address).Port;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>
/// Ten thousand generated hostile requests: traversal and encoded paths, broken escapes, over-long paths and
/// headers, odd methods, hostile query strings, cookies and headers, invalid UTF-8, broken framing.
/// None may get a 5xx, a stack trace, its markup echoed unescaped, or a file from outside the site.
/// A request whose HTTP framing is itself broken may be refused by Kestrel closing the connection (counted
/// as rejected) or, for a request line claiming HTTP/2.0, with 505. Every other request must be answered, under 500.
/// </summary>
public sealed class HostileTrafficTests(KestrelPortalFactory factory, ITestOutputHelper output) : IClassFixture<KestrelPortalFactory>
{
    private const int Count = 10_400;
    private const int Connections = 4;

    private static readonly string[] StackTraceMarkers = ["   at ", ".cs:line", "Exception", "StackTrace"];

    private static readonly string[] OutsideMarkers = [KestrelPortalFactory.Canary, "\"ConnectionStrings\"", "SQLite format 3", "root:x:0:0", "namespace Peru.Portal", "<Project Sdk", "repositoryformatversion", "date_modified:"];

    [Fact]
    public async Task TenThousandHostileRequests_GetNo5xx_NoStackTrace_NoEchoedMarkup_NoFileFromOutsideTheSite()
    {
        var requests = HostileRequests.Generate(Count, seed: 20261125, "canary.txt");
        var port = factory.Port;
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var milliseconds = new ConcurrentDictionary<string, double>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Connections), new ParallelOptions { MaxDegreeOfParallelism = Connections }, async (worker, ct) =>
        {
            var connection = new RawHttpConnection(port);
            try
            {
                for (var i = worker; i < requests.Count; i += Connections)
                {
                    var request = requests[i];
                    RawResponse response;
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        response = await connection.SendAsync(request.Bytes, request.IsHead, ct).WaitAsync(TimeSpan.FromSeconds(20), ct);
                    }
                    catch (Exception e) when (e is IOException or SocketException or TimeoutException or FormatException)
                    {
                        failures.Enqueue($"{request.Family}: {e.GetType().Name} {e.Message}: {request.Description}");
                        connection.Dispose();
                        connection = new RawHttpConnection(port);
                        continue;
                    }

                    milliseconds.AddOrUpdate(request.Family, 0, (_, t) => t + Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    statuses.AddOrUpdate(response.Status, 1, (_, n) => n + 1);
                    foreach (var problem in Check(request, response))
                    {
                        failures.Enqueue($"{request.Family}: {problem}: {request.Description}");
                    }
                }
            }
            finally
            {
                connection.Dispose();
            }
        });

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{requests.Count} requests in {clock.Elapsed.TotalSeconds:F1} s; by status (0 = connection closed unanswered): {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}"));
        output.WriteLine("time by family: " + string.Join(", ", milliseconds.OrderByDescending(m => m.Value).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Value / 1000:F1} s"))));
        Assert.True(failures.IsEmpty, $"{failures.Count} failures, the first ones:\n{string.Join("\n", failures.Take(40))}");
        Assert.True(statuses.Values.Sum() >= 10_000, $"only {statuses.Values.Sum()} requests were sent");
        Assert.True(statuses.GetValueOrDefault(200) > 500, "too few requests reached a page: the generator no longer exercises the portal");
    }

    private static IEnumerable<string> Check(HostileRequest request, RawResponse response)
    {
        if (response.Status == 0)
        {
            if (!request.Malformed)
            {
                yield return "no response";
            }

            yield break;
        }

        // Kestrel answers a request line claiming another HTTP version with 505, as RFC 9110 asks: a refusal, not a failure.
        if (response.Status is < 100 or >= 500 && !(response.Status == 505 && request.Family == "broken framing"))
        {
            yield return $"status {response.Status}";
        }

        var body = response.Text;
        var head = string.Join("\n", response.Headers.Select(h => $"{h.Name}: {h.Value}"));
        foreach (var marker in StackTraceMarkers.Where(m => body.Contains(m, StringComparison.Ordinal) || head.Contains(m, StringComparison.Ordinal)))
        {
            yield return $"status {response.Status} shows a stack trace (\"{marker.Trim()}\")";
        }

        foreach (var markup in HostileRequests.Markup.Where(m => body.Contains(m, StringComparison.Ordinal) || head.Contains(m, StringComparison.Ordinal)))
        {
            yield return $"status {response.Status} echoes markup {markup}";
        }

        if (response.Headers.Any(h => h.Name.Equals("X-Injected", StringComparison.OrdinalIgnoreCase)))
        {
            yield return "a header was injected into the response";
        }

        foreach (var marker in OutsideMarkers.Where(m => body.Contains(m, StringComparison.Ordinal)))
        {
            yield return $"status {response.Status} serves a file from outside the site (\"{marker}\")";
        }

        if (response.Body.AsSpan().StartsWith("MZ"u8))
        {
            yield return $"status {response.Status} serves an executable";
        }
    }

    [Fact]
    public async Task RawConnection_ReadsAPageAndA404_OnOneKeptAliveConnection()
    {
        using var connection = new RawHttpConnection(factory.Port);

        var page = await connection.SendAsync(Encoding.ASCII.GetBytes("GET /en/peru HTTP/1.1\r\nHost: localhost\r\n\r\n"), isHead: false, CancellationToken.None);
        var missing = await connection.SendAsync(Encoding.ASCII.GetBytes("GET /en/nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n"), isHead: false, CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Contains("</html>", page.Text, StringComparison.Ordinal);
        Assert.Equal(404, missing.Status);
    }
}
