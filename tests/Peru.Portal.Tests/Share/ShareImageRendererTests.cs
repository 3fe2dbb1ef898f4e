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
    public void TitleTooLongForTheImage_IsCutWithAnEllipsis_NotLeftToOverflow()
    {
        var title = string.Join(' ', Enumerable.Repeat("Empoderar a las niñas y las mujeres jóvenes para el ejercicio de sus derechos", 8));

        var png = ShareImageRenderer.Render(new ShareCard(title, "9 000 000 dólares canadienses"), "Peru.Portal");

        Assert.InRange(png.Length, 5_000, 400_000);
    }
}
