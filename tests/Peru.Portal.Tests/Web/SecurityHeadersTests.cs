namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class SecurityHeadersTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/en/peru")]
    [InlineData("/fr/perou/projets")]
    [InlineData("/en/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoServerHeader(string path)
    {
        // HSTS is only sent over HTTPS, and never to localhost.
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.example.org") });
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

        var csp = Header("Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("max-age=", Header("Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }
}
