using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Web;

/// <summary>Checks addresses as a link in a newspaper would: 200, or a 301 that ends in a 200.</summary>
public static class AddressCheck
{
    public static async Task<List<string>> BrokenAsync(HttpClient client, IEnumerable<string> addresses)
    {
        var broken = new List<string>();
        foreach (var address in addresses)
        {
            var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.MovedPermanently && response.Headers.Location is { } location)
            {
                response = await client.GetAsync(location);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{address} answers {(int)response.StatusCode}");
            }
        }

        return broken;
    }
}

public sealed class PublishedAddressesTests(RealContentFactory factory) : IClassFixture<RealContentFactory>
{
    private static string Manifest => Path.Combine(Path.GetDirectoryName(RealContentFactory.RepositoryContent)!, AddressManifest.DefaultPath);

    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task EveryPublishedAddress_StillAnswers200OrRedirectsToAPage()
    {
        var published = AddressManifest.Read(Manifest);

        Assert.NotEmpty(published);
        Assert.Empty(await AddressCheck.BrokenAsync(_client, published));
    }

    [Fact]
    public void EveryCurrentAddress_IsInThePublishedList()
    {
        var published = AddressManifest.Read(Manifest);
        var missing = ((IEnumerable<object[]>)RealContentFactory.Addresses()).Select(row => (string)row[0]).Where(a => !a.Contains('?', StringComparison.Ordinal) && !published.Contains(a)).ToList();

        Assert.True(missing.Count == 0, "run `dotnet run --project src/Peru.Portal.Web -- manifest` to record: " + string.Join(", ", missing));
    }
}

[Collection(PortalFixtureDefinition.Name)]
public sealed class AddressCheckTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task RemovedAddressWithoutAlias_IsReportedBroken()
    {
        var broken = await AddressCheck.BrokenAsync(_client, ["/en/peru/achievements/2011-2012/safer-mining", "/en/peru/achievements/2011-2012/removed-without-alias"]);

        Assert.Equal(["/en/peru/achievements/2011-2012/removed-without-alias answers 404"], broken);
    }

    [Fact]
    public async Task RenamedAddressWithAlias_IsNotReportedBroken()
    {
        Assert.Empty(await AddressCheck.BrokenAsync(_client, ["/en/peru/achievements/2011-2012/old-school-texts"]));
    }
}
