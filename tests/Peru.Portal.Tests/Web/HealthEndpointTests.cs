using System.Net;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class HealthEndpointTests(PortalFactory factory)
{
    [Fact]
    public async Task Healthz_ContentLoaded_Returns200Healthy()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
