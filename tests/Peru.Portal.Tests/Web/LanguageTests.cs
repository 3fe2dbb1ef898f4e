using Peru.Portal.Web.Localization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Peru.Portal.Tests.Content;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed partial class LanguageToggleTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Toggle(string html)
    {
        var match = ToggleLink().Match(html);
        Assert.True(match.Success, "the page has no language toggle");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task EveryEnglishPage_TogglesToItsFrenchTwin_AndBackToTheSamePage()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var english = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).Where(p => p.StartsWith("/en", StringComparison.Ordinal)).ToList();

        Assert.Equal(22, english.Count);
        foreach (var path in english)
        {
            var page = await _client.GetPageAsync(path);
            var french = Toggle(page);
            Assert.StartsWith("/fr", french, StringComparison.Ordinal);
            var twin = await _client.GetPageAsync(french);
            Assert.Contains("<html lang=\"fr\"", twin, StringComparison.Ordinal);
            Assert.Equal(path, Toggle(twin));
            Assert.Contains($"hreflang=\"fr\" href=\"https://portal.example.org{french}\"", page, StringComparison.Ordinal);
            Assert.Contains($"hreflang=\"en\" href=\"https://portal.example.org{path}\"", twin, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AchievementPage_TogglesToTheFrenchSlug()
    {
        var html = await _client.GetPageAsync("/en/peru/achievements/2011-2012/translated-school-texts");

        Assert.Equal("/fr/perou/realisations/2011-2012/textes-scolaires-traduits", Toggle(html));
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrenchAlias_Answers301ToTheFrenchPage()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/fr/perou/realisations/2011-2012/anciens-textes-scolaires", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/fr/perou/realisations/2011-2012/textes-scolaires-traduits", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("fr-CA,fr;q=0.9,en;q=0.8", "/fr")]
    [InlineData("fr", "/fr")]
    [InlineData("en-CA,en;q=0.9", "/en")]
    [InlineData("es-PE,es;q=0.9", "/es")]
    [InlineData("es", "/es")]
    [InlineData("de;q=0.9,fr;q=0.5", "/fr")]
    [InlineData("", "/en")]
    public async Task Root_ChoosesTheLanguageFromAcceptLanguage(string acceptLanguage, string expected)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Root_RemembersTheLanguageTheReaderLastChose()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await client.GetAsync(new Uri("/fr/perou", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-CA");

        var response = await client.SendAsync(request);

        Assert.Equal("/fr", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task FrenchNotFoundPage_IsInFrenchAndTogglesToEnglish()
    {
        var response = await _client.GetAsync(new Uri("/fr/perou/nulle-part", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/peru", "/en/peru/nowhere")]
    [InlineData("/fr/perou", "/fr/perou/nulle-part")]
    [InlineData("/es/peru", "/es/peru/ninguna-parte")]
    public async Task NotFoundPage_NamesTheCountrysSectionsAsItsLanguagesNavigationDoes(string country, string missing)
    {
        var navigation = SectionNavigation().Match(await _client.GetPageAsync(country));
        var response = await _client.GetAsync(new Uri(missing, UriKind.Relative));
        var listed = NotFoundSections().Match(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(navigation.Success && listed.Success, "the country page's navigation or the not-found page's list of sections is missing");
        var expected = LinkText().Matches(navigation.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(9, expected.Count);
        Assert.Equal(expected, LinkText().Matches(listed.Value).Select(m => m.Groups[1].Value).ToList());
    }

    [Fact]
    public async Task FrenchSearch_FindsFrenchPagesOnly()
    {
        var html = await _client.GetPageAsync("/fr/recherche?q=quechua");
        var links = Regex.Matches(html, "<h3><a href=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["/fr/perou/realisations/2011-2012/textes-scolaires-traduits"], links);
        Assert.Equal("/en/search?q=quechua", Toggle(html));
    }

    [GeneratedRegex("<nav class=\"language-toggle\"[^>]*>\\s*<ul>\\s*<li><a href=\"([^\"]+)\"")]
    private static partial Regex ToggleLink();

    [GeneratedRegex("<nav class=\"section-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex SectionNavigation();

    [GeneratedRegex("</h2>\\s*<ul>.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex NotFoundSections();

    [GeneratedRegex("<li><a href=\"[^\"]+\"[^>]*>([^<]+)</a>")]
    private static partial Regex LinkText();
}

public sealed class FormatsTests
{
    [Fact]
    public void Formats_InFrench_FollowCanadianFrenchConventions()
    {
        var french = LanguageTable.Builtin.Get("fr");

        Assert.Equal("28,27\u202FM$", Formats.Money(french, 28.27m, "CAD", "million"));
        Assert.Equal("9\u202F200\u202F000\u202F$", Formats.Money(french, 9200000m));
        Assert.Equal("15 novembre 2024", Formats.LongDate(french, new DateOnly(2024, 11, 15)));
        Assert.Equal("2011-2012", Formats.FiscalYear(french, "2011-2012"));
        Assert.Equal("16\u202F%", Formats.Figure(french, 16m, "percent"));
        Assert.Equal("21 octobre 1944", Formats.PartialDate(french, "1944-10-21"));
        Assert.Equal("plus de 1\u202F800", Formats.Figure(french, 1800m, null, null, "more than"));
    }

    [Fact]
    public void Formats_InEnglish_FollowCanadaCaConventions()
    {
        var english = LanguageTable.Builtin.Get("en");

        Assert.Equal("$28.27 million", Formats.Money(english, 28.27m, "CAD", "million"));
        Assert.Equal("$9,200,000", Formats.Money(english, 9200000m));
        Assert.Equal("November 15, 2024", Formats.LongDate(english, new DateOnly(2024, 11, 15)));
        Assert.Equal("2011–2012", Formats.FiscalYear(english, "2011-2012"));
        Assert.Equal("16%", Formats.Figure(english, 16m, "percent"));
        Assert.Equal("October 21, 1944", Formats.PartialDate(english, "1944-10-21"));
    }
}

public sealed class TwinParityTests : IDisposable
{
    private readonly BrokenContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ItemWithoutFrenchTwin_IsReportedAtTheEnglishFile()
    {
        _content.Delete("peru/achievements/2011-2012/safer-mining.fr.md");

        var problem = Assert.Single(_content.Load().Problems);

        Assert.Equal("peru/achievements/2011-2012/safer-mining.md", problem.Path);
        Assert.Equal(1, problem.Line);
        Assert.Contains("has no French twin: add peru/achievements/2011-2012/safer-mining.fr.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FigureThatDiffersBetweenTwins_IsReportedAtTheFrenchFigures()
    {
        var path = Path.Combine(_content.Root, "peru", "achievements", "2011-2012", "safer-mining.fr.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("value: 2000", "value: 2500", StringComparison.Ordinal));

        var problem = Assert.Single(_content.Load().Problems);

        Assert.Equal("peru/achievements/2011-2012/safer-mining.fr.md", problem.Path);
        Assert.Equal(8, problem.Line);
        Assert.Contains("'figures' differs from the English twin", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2500 here, 2000 there", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrenchFileWithoutEnglishTwin_IsReported()
    {
        _content.Write("peru/themes/nouveau-theme.fr.md", "---\nslug: nouveau-theme\ntitle: Nouveau\nsummary: Un thème.\norder: 9\n---\nTexte.\n");

        var problem = Assert.Single(_content.Load().Problems);

        Assert.Equal("peru/themes/nouveau-theme.fr.md", problem.Path);
        Assert.Contains("has no English twin", problem.Message, StringComparison.Ordinal);
    }
}
