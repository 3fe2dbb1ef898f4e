using Peru.Portal.Web.Share;

namespace Peru.Portal.Tests.Share;

public sealed class ShareImageRendererTests
{
    [Fact]
    public void SameCard_GivesTheSameBytes_AndAnotherCardOthers()
    {
        var card = new ShareCard("Updated skills for 500 teachers in La Libertad", "500 teachers trained");

        Assert.Equal(ShareImageRenderer.Render(card, "Peru.Portal"), ShareImageRenderer.Render(card, "Peru.Portal"));
        Assert.NotEqual(ShareImageRenderer.Render(card, "Peru.Portal"), ShareImageRenderer.Render(card with { Figure = null }, "Peru.Portal"));
        Assert.Equal(ShareImages.Name(card), ShareImages.Name(card with { }));
        Assert.NotEqual(ShareImages.Name(card), ShareImages.Name(card with { Title = "Another title" }));
    }

    [Fact]
    public void TitleTooLongForItsLines_IsCutWithAnEllipsis_AndNoLineIsWiderThanTheRoom()
    {
        var title = string.Join(' ', Enumerable.Repeat("Empoderar a las niñas y las mujeres jóvenes para el ejercicio de sus derechos", 8));
        using var font = new SkiaSharp.SKFont(ShareImageRenderer.Lato.Value, 64);

        var lines = ShareImageRenderer.Wrap(title, font, 1072, 4);

        Assert.Equal(4, lines.Count);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= 1072, line));
        Assert.Equal(["Peru"], ShareImageRenderer.Wrap("Peru", font, 1072, 4));
    }
}
