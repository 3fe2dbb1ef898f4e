using System.Net;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class SiteIconTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task FaviconIco_IsAnIconWithSeveralSizes()
    {
        var response = await _client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);

        // ICONDIR: reserved 0, type 1 (icon), then the number of images.
        Assert.Equal([0, 0, 1, 0], bytes[..4]);
        Assert.True(BitConverter.ToUInt16(bytes, 4) >= 2, "the icon should carry more than one size");
    }

    [Theory]
    [InlineData("/en/peru")]
    [InlineData("/fr/perou/projets")]
    [InlineData("/en/no-such-page")]
    public async Task EveryPage_NamesTheIcons(string path)
    {
        var html = await (await _client.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/icon.svg\" type=\"image/svg+xml\">", html, StringComparison.Ordinal);
        foreach (var icon in new[] { "/icon.svg", "/apple-touch-icon.png" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(icon, UriKind.Relative))).StatusCode);
        }
    }
}
