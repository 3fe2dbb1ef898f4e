using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Web.Infrastructure.PreparedPages;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class HttpCachingTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static Uri At(string path) => new(path, UriKind.Relative);

    [Theory]
    [InlineData("/en/peru/achievements")]
    [InlineData("/fr/perou/decaissements")]
    [InlineData("/en/peru/projects.csv")]
    public async Task Page_WithItsETag_AnswersNotModifiedWithoutABody(string path)
    {
        var first = await _client.GetAsync(At(path));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak, "the ETag covers every encoding of the page, so it is weak");

        // Twice: the first may be rendered, the second comes from the output cache; both must honour the validator.
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, At(path));
            request.Headers.IfNoneMatch.Add(etag);
            var again = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }

        using var stale = new HttpRequestMessage(HttpMethod.Get, At(path));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"older\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Page_WithLastModified_AnswersNotModifiedWhenUnchangedSince()
    {
        var first = await _client.GetAsync(At("/en/peru/projects"));
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);

        using var request = new HttpRequestMessage(HttpMethod.Get, At("/en/peru/projects"));
        request.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Page_TellsCdnsTheyMayKeepIt()
    {
        // A returning reader: the language cookie is already set by the first page.
        await _client.GetAsync(At("/en/peru"));
        var response = await _client.GetAsync(At("/en/peru/achievements/2011-2012/safer-mining"));
        var cacheControl = response.Headers.CacheControl;

        Assert.NotNull(cacheControl);
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), cacheControl.MaxAge);
        Assert.Contains("stale-while-revalidate=3600", cacheControl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseThatSetsTheLanguageCookie_IsPrivate()
    {
        // A client with no cookie is given one: a shared cache must not pass it on.
        var response = await factory.CreateClient(new() { HandleCookies = false }).GetAsync(At("/fr/perou"));

        Assert.True(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.False(response.Headers.CacheControl?.Public);
    }

    [Theory]
    [InlineData("/en/peru/projects", "en-CA,en;q=0.9")]
    [InlineData("/fr/perou/projets", "fr-CA,fr;q=0.9,en;q=0.5")]
    public async Task FirstVisitInTheBrowsersLanguage_SetsNoCookie_AndIsServedFromTheCache(string path, string acceptLanguage)
    {
        // A link shared in a newspaper brings thousands of first-time readers: they must all share one cached page.
        var client = factory.CreateClient(new() { HandleCookies = false });
        var store = factory.Services.GetRequiredService<PreparedPageStore>();
        HttpResponseMessage? response = null;
        long served = 0;
        for (var i = 0; i < 2; i++)
        {
            served = store.Served;
            using var request = new HttpRequestMessage(HttpMethod.Get, At(path));
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
            response = await client.SendAsync(request);
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.True(response.Headers.CacheControl?.Public);
        }

        Assert.Equal(served + 1, store.Served);
    }

    [Theory]
    [InlineData("/en/peru/disbursements")]
    [InlineData("/fr/perou/projets.csv")]
    public async Task PageFromTheOutputCache_SendsNoAge_SoBrowsersAndCdnsKeepItForItsMaxAge(string path)
    {
        // The cache keeps a page until the content changes, hours past max-age: an Age from it would make the
        // page stale on arrival. The ordinary path alone, so that the second answer is the output cache's.
        using var ordinary = new OrdinaryPathFactory();
        var client = ordinary.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(At(path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.Age);
        }
    }

    [Fact]
    public async Task HealthCheck_IsNeverCached()
    {
        var response = await _client.GetAsync(At("/healthz"));

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("deflate", null)]
    public async Task Page_IsCompressedWithTheBestCodingTheClientAccepts(string acceptEncoding, string? expected)
    {
        const string path = "/en/peru/disbursements";
        var plain = await _client.GetStringAsync(At(path));

        using var request = new HttpRequestMessage(HttpMethod.Get, At(path));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await _client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var body = expected switch
        {
            "br" => Decompress(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress)),
            "gzip" => Decompress(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress)),
            _ => Encoding.UTF8.GetString(bytes),
        };
        Assert.Equal(plain, body);
        if (expected is not null)
        {
            Assert.True(bytes.Length < plain.Length / 3, $"{expected} body is {bytes.Length} bytes for a {plain.Length}-character page");
        }
    }

    [Fact]
    public async Task Stylesheets_AreFingerprinted_AndCachedForAYear()
    {
        var page = await _client.GetStringAsync(At("/en/peru"));
        var href = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(href);

        var response = await _client.GetAsync(At(WebUtility.HtmlDecode(href)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    private static string Decompress(Stream stream)
    {
        using (stream)
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            return reader.ReadToEnd();
        }
    }
}

public sealed class CachedPagesAfterAnEditTests(EditableContentFactory factory) : IClassFixture<EditableContentFactory>
{
    [Fact]
    public async Task CachedIndex_ShowsAnEditedTitle_OnceTheContentIsImported()
    {
        var client = factory.CreateClient();
        var index = new Uri("/en/peru/achievements", UriKind.Relative);
        var file = Path.Combine(factory.ContentPath, "peru", "achievements", "2011-2012", "safer-mining.md");
        var before = await client.GetAsync(index);
        Assert.Contains("Safer small-scale mining", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Safer small-scale mining", await client.GetStringAsync(index), StringComparison.Ordinal);

        var original = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, original.Replace("title: Safer small-scale mining", "title: Mining made safer", StringComparison.Ordinal));

        var page = "";
        await EditableContentFactory.EventuallyAsync(async () => (page = await client.GetStringAsync(index)).Contains("Mining made safer", StringComparison.Ordinal));

        Assert.Contains("Mining made safer", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Safer small-scale mining", page, StringComparison.Ordinal);

        // The old page's validator no longer matches.
        using var request = new HttpRequestMessage(HttpMethod.Get, index);
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }
}
