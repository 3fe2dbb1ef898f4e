using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Peru.Portal.Tests.Web;

/// <summary>The portal in Spanish, for readers in Peru: addresses, language, amounts that say they are Canadian, search.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class SpanishPagesTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/es")]
    [InlineData("/es/peru")]
    [InlineData("/es/peru/enfoque-tematico")]
    [InlineData("/es/peru/logros")]
    [InlineData("/es/peru/logros/2011-2012/mineria-mas-segura")]
    [InlineData("/es/peru/proyectos")]
    [InlineData("/es/peru/proyectos/puna-resiliente")]
    [InlineData("/es/peru/desembolsos")]
    [InlineData("/es/peru/relaciones-bilaterales")]
    [InlineData("/es/peru/evaluacion")]
    [InlineData("/es/peru/glosario")]
    [InlineData("/es/buscar?q=prueba")]
    public async Task SpanishPage_IsInSpanish_WithSpanishInterfaceAndLinksToBothOfficialLanguages(string path)
    {
        var html = await _client.GetPageAsync(path);

        Assert.Contains("<html lang=\"es\"", html, StringComparison.Ordinal);
        Assert.Contains("Pasar al contenido principal", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:locale\" content=\"es_PE\">", html, StringComparison.Ordinal);
        var toggle = PageAssert.LanguageToggle(html);
        Assert.Matches("(?s)lang=\"en\" hreflang=\"en\">English</a>.*lang=\"fr\" hreflang=\"fr\">Français</a>", toggle);
    }

    [Theory]
    [InlineData("/en/peru/projects", "Français", "Español")]
    [InlineData("/fr/perou/projets", "English", "Español")]
    public async Task OfficialLanguagePage_OffersTheOtherOfficialLanguageFirst_ThenSpanish(string path, string first, string second)
    {
        var toggle = PageAssert.LanguageToggle(await _client.GetPageAsync(path));

        Assert.True(toggle.IndexOf(first, StringComparison.Ordinal) is >= 0 and var i && i < toggle.IndexOf(second, StringComparison.Ordinal), toggle);
        Assert.Contains("lang=\"es\" hreflang=\"es\">Español</a>", toggle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpanishAmounts_SayTheyAreCanadianDollars_AndUsePeruvianSeparators()
    {
        var main = PageAssert.MainText(await _client.GetPageAsync("/es/peru/proyectos/puna-resiliente"));

        Assert.Contains("9,200,000 dólares canadienses", main, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\$\s?\d", main);
    }

    [Theory]
    [InlineData("niños")]
    [InlineData("ninos")]
    [InlineData("educación")]
    [InlineData("educacion")]
    public async Task SpanishSearch_FindsWordsWithOrWithoutAccents(string word)
    {
        var html = await _client.GetPageAsync($"/es/buscar?q={Uri.EscapeDataString(word)}");

        Assert.Contains("href=\"/es/peru/logros/2011-2012/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_SendsAReaderWhoseBrowserPrefersSpanish_ToSpanish()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "es-PE,es;q=0.9,en;q=0.5");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/es", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SpanishNotFoundPage_IsInSpanish()
    {
        var response = await _client.GetAsync(new Uri("/es/peru/ninguna-parte", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"es\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpanishOpenData_NamesItsColumnsInSpanish()
    {
        var csv = await _client.GetStringAsync(new Uri("/es/peru/desembolsos.csv", UriKind.Relative));

        Assert.StartsWith("anio_fiscal,fuente,monto,unidad,moneda", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

}
