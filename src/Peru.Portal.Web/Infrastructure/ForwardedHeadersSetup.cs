using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the portal believes.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Portal:ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so the search rate limit would be one
/// bucket for the whole public, logs would name the proxy and HSTS would never see HTTPS. ASP.NET Core's
/// forwarded-headers middleware restores the client and scheme, but only for requests that come from a proxy the
/// configuration names: from any other address the headers are ignored, so no reader can choose their own
/// rate-limit bucket. Off unless proxies are configured.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new();

        // Read now, so that a mistyped address stops the start with the setting's name instead of at the first request.
        var proxies = settings.KnownProxies.Select((value, index) => IPAddress.TryParse(value.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:KnownProxies:{index}: '{value}' is not an IP address (e.g. 10.0.0.5)")).ToList();
        var networks = settings.KnownNetworks.Select((value, index) => System.Net.IPNetwork.TryParse(value.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:KnownNetworks:{index}: '{value}' is not a network in CIDR form (e.g. 10.0.0.0/8)")).ToList();
        services.AddSingleton(settings);

        // Behind a proxy the HTTPS port is the public one, not a port Kestrel listens on.
        services.AddHttpsRedirection(options =>
        {
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            options.HttpsPort = configuration.GetValue<int?>("Portal:HttpsPort") ?? 443;
        });
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The defaults trust loopback; only what is configured is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();

            // Each trusted proxy in a chain (a CDN, then nginx) adds one entry; the first untrusted one ends the walk.
            options.ForwardLimit = null;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ForwardedHeadersSettings>().Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
