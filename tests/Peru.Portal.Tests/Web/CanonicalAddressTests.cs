using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Peru.Portal.Tests.Web;

/// <summary>Addresses retyped from print, with capitals or a trailing slash, reach the one page they mean.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class CanonicalAddressTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/en/peru/achievements/2011-2012/Safer-Mining", "/en/peru/achievements/2011-2012/safer-mining")]
    [InlineData("/EN/PERU", "/en/peru")]
    [InlineData("/en/peru/", "/en/peru")]
    [InlineData("/en/peru/projects//", "/en/peru/projects")]
    [InlineData("/FR/Perou/Realisations/", "/fr/perou/realisations")]
    [InlineData("/en/peru/projects/?sort=amount&utm_source=paper", "/en/peru/projects?sort=amount&utm_source=paper")]
    [InlineData("/en/Peru/Feed.xml", "/en/peru/feed.xml")]
    [InlineData("/en/search/?q=water", "/en/search?q=water")]
    public async Task AddressWithCapitalsOrTrailingSlash_MovesPermanentlyToThePage(string typed, string canonical)
    {
        var response = await _client.GetAsync(new Uri(typed, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(canonical, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/en/peru/achievements/2011-2012/Old-School-Texts")]
    [InlineData("/en/peru/achievements/2011-2012/old-school-texts/")]
    public async Task OldAddressWithCapitalsOrTrailingSlash_MovesToTheCurrentPage(string typed)
    {
        var response = await _client.GetAsync(new Uri(typed, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/peru/achievements/2011-2012/translated-school-texts", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/en/peru/achievements/2011-2012/No-Such-Page")]
    [InlineData("/en/peru/no-such-section/")]
    [InlineData("/EN/NARNIA")]
    public async Task AddressThatIsNoPageInAnyCase_IsNotGuessed(string typed)
    {
        var response = await _client.GetAsync(new Uri(typed, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PageAddress_WithATrailingSlash_IsNeverASecondCopy()
    {
        var response = await _client.GetAsync(new Uri("/en/peru/achievements/2011-2012/safer-mining/", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
