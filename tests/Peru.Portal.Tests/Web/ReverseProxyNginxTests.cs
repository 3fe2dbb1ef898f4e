using System.Net;
using System.Net.Sockets;

namespace Peru.Portal.Tests.Web;

/// <summary>The portal on real Kestrel behind nginx, which connects from 127.0.0.1: the one known proxy.</summary>
public sealed class BehindNginxPortalFactory : KestrelPortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Portal:Search:RequestsPerMinute", "2"),
        ("Portal:ForwardedHeaders:KnownProxies:0", "127.0.0.1"),
    ];
}

/// <summary>
/// docs/nginx/reverse-proxy.conf in front of the portal. Readers come from different loopback addresses
/// (127.0.0.2, 127.0.0.3…: Linux answers the whole 127/8), as readers on the internet come from theirs.
/// </summary>
public sealed class ReverseProxyNginxTests(BehindNginxPortalFactory portal) : IClassFixture<BehindNginxPortalFactory>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("peru-proxy-").FullName;
    private NginxProcess? _nginx;

    public async Task InitializeAsync() =>
        _nginx = await NginxProcess.StartAsync(_folder, "reverse-proxy.conf", port =>
        [
            ("server 127.0.0.1:5000;", $"server 127.0.0.1:{portal.Port};"),
            ("listen 443 ssl;", $"listen 127.0.0.1:{port};"),
            ("http2 on;", ""),
        ]);

    public Task DisposeAsync()
    {
        _nginx?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_BehindNginx_IsLimitedPerReaderNotForEveryone()
    {
        using var first = Reader("127.0.0.2");
        using var second = Reader("127.0.0.3");

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri("/en/search?q=a", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri("/en/search?q=b", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync(new Uri("/en/search?q=c", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(new Uri("/en/search?q=d", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Search_BehindNginx_AReaderCannotPickTheirOwnAddress()
    {
        using var reader = Reader("127.0.0.4");
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/en/search?q=x{i}", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            var response = await reader.SendAsync(request);
            Assert.Equal(i < 2 ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }

    [Fact]
    public async Task Pages_BehindNginx_AnswerAsTheyDoDirectly()
    {
        using var reader = Reader("127.0.0.5");

        var page = await reader.GetAsync(new Uri("/en/peru?utm_source=proxy", UriKind.Relative));
        var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/en/peru/projects.csv", UriKind.Relative)));
        var moved = await reader.GetAsync(new Uri("/EN/Peru/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/en/peru", moved.Headers.Location?.OriginalString);
    }

    /// <summary>A client whose connections leave from <paramref name="address"/>, as a distinct reader's would.</summary>
    private HttpClient Reader(string address)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{_nginx!.Port}") };
    }
}
