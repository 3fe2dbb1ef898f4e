using Peru.Portal.Web.Export;

namespace Peru.Portal.Tests.Export;

/// <summary>The export resolves each reference of a page to the path of the file it names, as a Uri would.</summary>
public sealed class ExportLinkResolutionTests
{
    private static readonly Uri Page = new("http://export.invalid/fr/perou/realisations/2023-2024/eau-potable");

    [Theory]
    [InlineData("/fr/perou/projets")]
    [InlineData("/fr/perou/projets?page=2#liste")]
    [InlineData("/css/site.css?v=Abc-123_x")]
    [InlineData("/")]
    [InlineData("/fr/perou/projets/")]
    [InlineData("/a/./b")]
    [InlineData("/a/../b")]
    [InlineData("/a/.")]
    [InlineData("/a/..")]
    [InlineData("/a/...")]
    [InlineData("/a//b")]
    [InlineData("//other.example/x")]
    [InlineData("/es/peru/logros/awajún")]
    [InlineData("/es/peru/logros/awaj%C3%BAn")]
    [InlineData("/a%2fb")]
    [InlineData("/a b")]
    [InlineData("/a\\b")]
    [InlineData("/A/B.PNG")]
    [InlineData("/a~b")]
    [InlineData("projets")]
    [InlineData("../2022-2023/autre")]
    [InlineData("?page=3")]
    [InlineData("#contenu")]
    [InlineData("")]
    [InlineData("https://www.canada.ca/fr.html")]
    [InlineData("http://export.invalid/en/peru")]
    [InlineData("mailto:info@example.org")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("DATA:text/plain,x")]
    public void LocalPath_AnyReference_IsWhatAUriResolvesItTo(string reference)
    {
        string? expected = reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(Page, reference, out var resolved) || resolved.Scheme != Uri.UriSchemeHttp || resolved.Host != "export.invalid"
            ? null
            : resolved.AbsolutePath;

        Assert.Equal(expected, StaticExport.LocalPath(Page, reference));
    }

    [Fact]
    public void LocalPath_AnotherSite_IsNotFollowed() =>
        Assert.Null(StaticExport.LocalPath(Page, "https://www.international.gc.ca/"));
}
