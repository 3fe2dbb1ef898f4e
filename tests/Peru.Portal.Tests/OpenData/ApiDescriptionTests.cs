using System.Text.Json;
using System.Text.RegularExpressions;
using Peru.Portal.Web.Cli;
using Addresses = Peru.Portal.Web.Content.Addresses;

namespace Peru.Portal.Tests.OpenData;

/// <summary>The OpenAPI description names every address programs read, with what each answers, and no page meant for people.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class ApiDescriptionTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Every JSON address ever published, from the manifest, and the other addresses programs read.</summary>
    public static TheoryData<string, string> DataAddresses()
    {
        var data = new TheoryData<string, string>();
        var published = AddressManifest.Read(Path.Combine(Export.ExportedSite.RepositoryRoot(), AddressManifest.DefaultPath)).Order(StringComparer.Ordinal).ToList();
        foreach (var json in published.Where(a => a.EndsWith(".json", StringComparison.Ordinal) && a != Addresses.ApiDescription))
        {
            data.Add(json, json.EndsWith(".schema.json", StringComparison.Ordinal) ? "application/schema+json" : "application/json");
        }

        foreach (var iati in published.Where(a => a.EndsWith("/" + Addresses.IatiFileName, StringComparison.Ordinal)))
        {
            data.Add(iati, "application/xml");
        }

        data.Add("/healthz", "text/plain");
        return data;
    }

    [Fact]
    public async Task ApiDescription_IsOpenApi31_AtTheLibrarysDefaultAddress_CachedAndSecuredLikeTheDataFiles()
    {
        var response = await _client.GetAsync(new Uri(Addresses.ApiDescription, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=300, stale-while-revalidate=3600", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.1", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://portal.example.org", document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task ApiDescription_AnswersHead_AsItsGet()
    {
        var get = await _client.GetAsync(new Uri(Addresses.ApiDescription, UriKind.Relative));
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(Addresses.ApiDescription, UriKind.Relative)));

        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(DataAddresses))]
    public async Task EveryAddressProgramsRead_IsInTheDescription_WithTheContentTypeItAnswers(string address, string mediaType)
    {
        var paths = await PathsAsync();
        var path = address;

        var matches = paths.EnumerateObject().Where(p => Template(p.Name).IsMatch(path)).ToList();

        var match = Assert.Single(matches);
        var content = match.Value.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(content.TryGetProperty(mediaType, out var media), $"{match.Name} does not say it answers {mediaType}");
        Assert.True(media.TryGetProperty("schema", out _), $"{match.Name} gives no schema for {mediaType}");
        var live = await _client.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(mediaType, live.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PagesForPeople_AreNotInTheDescription()
    {
        var paths = await PathsAsync();

        Assert.All(paths.EnumerateObject(), p => Assert.True(p.Name == "/healthz" || p.Name.Contains('.', StringComparison.Ordinal), $"{p.Name} is a page"));
    }

    [Theory]
    [InlineData("/fr/perou/projets.json", "/fr/{country}/projets.{format}")]
    [InlineData("/es/peru/logros.json", "/es/{country}/logros.{format}")]
    [InlineData("/en/peru/disbursements.json", "/en/{country}/disbursements.{format}")]
    public async Task TableSchema_NamesTheKeysTheFileHas_InTheAddresssLanguage(string address, string template)
    {
        var schema = (await PathsAsync()).GetProperty(template).GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        using var file = JsonDocument.Parse(await _client.GetStringAsync(new Uri(address, UriKind.Relative)));

        var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.NotEmpty(required);
        Assert.All(required, key => Assert.True(file.RootElement.TryGetProperty(key, out _), $"{address} has no '{key}'"));
        Assert.All(schema.GetProperty("properties").EnumerateObject(), p => Assert.True(file.RootElement.TryGetProperty(p.Name, out _), $"{address} has no '{p.Name}'"));
    }

    private async Task<JsonElement> PathsAsync()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri(Addresses.ApiDescription, UriKind.Relative)));
        return document.RootElement.GetProperty("paths").Clone();
    }

    // "/en/{country}/projects.{format}" matches "/en/peru/projects.json": a parameter stands for one segment part.
    // {format} is constrained to csv or json by its route, so a table's template never matches its schema's address.
    private static Regex Template(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template).Replace(@"\{format}", "(csv|json)", StringComparison.Ordinal), @"\\\{[a-z]+}", @"[^/]+") + "$", RegexOptions.CultureInvariant);
}
