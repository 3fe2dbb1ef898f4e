using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// The portal behind a proxy at 10.0.0.5. The test server has no network peer, so each request names the address
/// it comes from in a test-only header, applied before the portal's own pipeline, as a socket would.
/// </summary>
public class ProxiedPortalFactory : PortalFactory
{
    public const string PeerHeader = "X-Test-Peer";

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Portal:Search:RequestsPerMinute", "2"),
        .. Proxies,
    ];

    protected virtual IEnumerable<(string Key, string Value)> Proxies =>
    [
        ("Portal:ForwardedHeaders:KnownProxies:0", "10.0.0.5"),
        ("Portal:ForwardedHeaders:KnownNetworks:0", "192.0.2.0/24"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerFromHeader>());
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The same, with no proxy configured: forwarded headers are then nobody's to believe.</summary>
public sealed class UnproxiedPortalFactory : ProxiedPortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Proxies => [];
}

public sealed class ReverseProxyTests(ProxiedPortalFactory factory) : IClassFixture<ProxiedPortalFactory>, IClassFixture<UnproxiedPortalFactory>
{
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string peer, string? forwardedFor = null, string? proto = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(ProxiedPortalFactory.PeerHeader, peer);

        // HSTS is never sent to localhost, which is the test server's own name.
        request.Headers.Host = "portal.example.org";
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Search_BehindAKnownProxy_CountsEachReaderSeparately()
    {
        var client = Client(factory);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, $"/en/search?q=first{i}", "10.0.0.5", "203.0.113.10")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SendAsync(client, "/en/search?q=first3", "10.0.0.5", "203.0.113.10")).StatusCode);

        // Another reader behind the same proxy, and one behind a proxy of the configured network.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, "/en/search?q=second", "10.0.0.5", "203.0.113.11")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, "/en/search?q=third", "192.0.2.40", "203.0.113.12")).StatusCode);
    }

    [Fact]
    public async Task Search_ForwardedForFromAnUnknownAddress_DoesNotChooseTheBucket()
    {
        var client = Client(factory);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, $"/en/search?q=spoof{i}", "198.51.100.7", $"203.0.113.{100 + i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SendAsync(client, "/en/search?q=spoof9", "198.51.100.7", "203.0.113.199")).StatusCode);
    }

    [Fact]
    public async Task Search_NoProxyConfigured_IgnoresForwardedFor()
    {
        await using var unproxied = new UnproxiedPortalFactory();
        var client = Client(unproxied);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, $"/en/search?q=plain{i}", "10.0.0.5", $"203.0.113.{20 + i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SendAsync(client, "/en/search?q=plain9", "10.0.0.5", "203.0.113.29")).StatusCode);
    }

    [Fact]
    public async Task Hsts_OnlyWhenAKnownProxySaysTheReaderUsedHttps()
    {
        var client = Client(factory);

        var viaProxy = await SendAsync(client, "/en/peru", "10.0.0.5", "203.0.113.30", "https");
        var spoofed = await SendAsync(client, "/en/peru", "198.51.100.8", "203.0.113.31", "https");

        Assert.True(viaProxy.Headers.Contains("Strict-Transport-Security"), "HSTS missing behind the proxy over HTTPS");
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"), "an unknown address made the portal believe HTTPS");
    }

    [Fact]
    public void ProxyAddressThatIsNotAnAddress_StopsTheStartNamingTheSetting()
    {
        using var broken = new BrokenProxyFactory();

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("Portal:ForwardedHeaders:KnownProxies:0: 'proxy.example' is not an IP address", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);

    private sealed class BrokenProxyFactory : PortalFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("Portal:ForwardedHeaders:KnownProxies:0", "proxy.example")];
    }

    // No cookies: each request stands alone, as a reader's first visit.
    private static HttpClient Client(PortalFactory portal) => portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
}

/// <summary>The proxied portal that also sends plain-HTTP readers to HTTPS.</summary>
public sealed class HttpsRedirectingPortalFactory : ProxiedPortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Proxies =>
    [
        ("Portal:ForwardedHeaders:KnownProxies:0", "10.0.0.5"),
        ("Portal:HttpsRedirection", "true"),
    ];
}

public sealed class HttpsRedirectionTests(HttpsRedirectingPortalFactory factory) : IClassFixture<HttpsRedirectingPortalFactory>
{
    [Theory]
    [InlineData("10.0.0.5", "https", HttpStatusCode.OK)]
    [InlineData("10.0.0.5", "http", HttpStatusCode.PermanentRedirect)]

    // An unknown address cannot claim HTTPS: its request is plain HTTP, as the portal sees it.
    [InlineData("198.51.100.9", "https", HttpStatusCode.PermanentRedirect)]
    public async Task HttpsRedirection_FollowsTheSchemeTheKnownProxyReports(string peer, string proto, HttpStatusCode expected)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/en/peru", UriKind.Relative));
        request.Headers.Add(ProxiedPortalFactory.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", "203.0.113.50");
        request.Headers.Add("X-Forwarded-Proto", proto);
        request.Headers.Host = "portal.example.org";

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.PermanentRedirect)
        {
            Assert.Equal("https://portal.example.org/en/peru", response.Headers.Location?.ToString());
        }
    }
}
