using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Share;
using SkiaSharp;

namespace Peru.Portal.Tests.Share;

/// <summary>
/// Share images are written by the portal's own PNG writer on an opaque surface; what they show must be what Skia's
/// encoder wrote from the premultiplied surface they were drawn on before, pixel for pixel.
/// </summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class ShareImagePixelsTests(PortalFactory factory)
{
    [Fact]
    public async Task EveryPagesShareImage_DecodesToTheSamePixels_AsSkiasEncoderOfThePremultipliedDrawing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var pages = await scope.ServiceProvider.GetRequiredService<PageIndexRepository>().ListPagesAsync(CancellationToken.None);
        var cards = pages.Select(p => new ShareCard(p.ShareTitle, p.ShareFigure)).Distinct().ToList();

        Assert.NotEmpty(cards);
        Assert.Contains(cards, c => c.Figure is not null);
        foreach (var card in cards)
        {
            var png = ShareImageRenderer.Render(card, ShareImages.SiteName);
            var expected = Pixels(SkiaEncodingOfPremultipliedDrawing(card));
            var actual = Pixels(png);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{card}: pixels differ");
        }
    }

    [Fact]
    public void ShareImage_IsAnRgbPngWithoutAlpha_AndSmallerThanSkiasEncoding()
    {
        var card = new ShareCard("Updated skills for 500 teachers in La Libertad", "500 teachers trained");

        var png = ShareImageRenderer.Render(card, ShareImages.SiteName);
        using var codec = SKCodec.Create(new SKMemoryStream(png));

        Assert.Equal(SKAlphaType.Opaque, codec.Info.AlphaType);
        Assert.Equal((ShareImageRenderer.Width, ShareImageRenderer.Height), (codec.Info.Width, codec.Info.Height));
        Assert.Equal(2, png[25]); // IHDR colour type: RGB
        Assert.True(png.Length < SkiaEncodingOfPremultipliedDrawing(card).Length, $"{png.Length} bytes");
    }

    /// <summary>The image as it was made before: a premultiplied RGBA surface, encoded by Skia at its defaults.</summary>
    private static byte[] SkiaEncodingOfPremultipliedDrawing(ShareCard card)
    {
        using var surface = SKSurface.Create(new SKImageInfo(ShareImageRenderer.Width, ShareImageRenderer.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        ShareImageRenderer.Draw(surface.Canvas, card, ShareImages.SiteName);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static byte[] Pixels(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png, new SKImageInfo(ShareImageRenderer.Width, ShareImageRenderer.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        return decoded.Bytes;
    }
}
