using System.Buffers.Binary;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Web.Share;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class ShareImageTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/en/peru/projects/resilient-puna", "Resilient Puna: Fixture Project")]
    [InlineData("/fr/perou", "Pérou")]
    [InlineData("/es/peru/departamentos/la-libertad", "La Libertad")]
    public async Task EveryPage_NamesItsShareImage_WithItsSizeAndATextAlternative(string path, string title)
    {
        using var document = new HtmlParser().ParseDocument(await _client.GetPageAsync(path));
        string? Meta(string name) => document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content");

        Assert.Equal($"https://portal.example.org{path}/share.png", Meta("og:image"));
        Assert.Equal("1200", Meta("og:image:width"));
        Assert.Equal("630", Meta("og:image:height"));
        Assert.Contains(title, Meta("og:image:alt"), StringComparison.Ordinal);
        Assert.Equal(Meta("og:image"), Meta("twitter:image"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
    }

    [Fact]
    public async Task ShareImage_IsA1200By630Png_CachedWithAnEntityTag_AndRevalidatedWith304()
    {
        using var response = await _client.GetAsync(new Uri("/en/peru/projects/resilient-puna/share.png", UriKind.Relative));
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(630, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
        var etag = Assert.IsType<System.Net.Http.Headers.EntityTagHeaderValue>(response.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/en/peru/projects/resilient-puna/share.png");
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task ShareImage_HasAWeakEntityTag_AndTheSameTagWrittenStrongStillRevalidates()
    {
        using var response = await _client.GetAsync(new Uri("/en/peru/share.png", UriKind.Relative));
        var etag = Assert.IsType<System.Net.Http.Headers.EntityTagHeaderValue>(response.Headers.ETag);
        Assert.True(etag.IsWeak);

        // A client that kept the tag an earlier version sent (strong) still gets a 304.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/en/peru/share.png");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag.Tag);
        using var revalidated = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/en/peru/share.png");
        other.Headers.TryAddWithoutValidation("If-None-Match", "W/\"another-picture\"");
        using var drawn = await _client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
    }

    [Fact]
    public async Task ShareImage_IsMadeInThePagesLanguage()
    {
        var english = await _client.GetByteArrayAsync(new Uri("/en/peru/share.png", UriKind.Relative));
        var french = await _client.GetByteArrayAsync(new Uri("/fr/perou/share.png", UriKind.Relative));

        Assert.NotEqual(english, french);
    }

    [Theory]
    [InlineData("/en/peru/no-such-page/share.png")]
    [InlineData("/share.png")]
    [InlineData("/en/peru/share.png/share.png")]
    public async Task ShareImage_OfAnAddressThatIsNoPage_Returns404(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ShareImages_DeletedFromTheirFolder_AreDrawnAgainTheSame()
    {
        var first = await _client.GetByteArrayAsync(new Uri("/en/peru/glossary/share.png", UriKind.Relative));
        Directory.Delete(factory.Services.GetRequiredService<ShareImages>().Folder, recursive: true);

        var second = await _client.GetByteArrayAsync(new Uri("/en/peru/glossary/share.png", UriKind.Relative));

        Assert.Equal(first, second);
    }
}
