using System.Xml.Linq;

namespace Peru.Portal.Tests.OpenData;

/// <summary>What the IATI file says of each project: the content's facts, in every language, and nothing the content does not give.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class IatiActivityFileTests(PortalFactory factory)
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task IatiFile_IsTheSameXmlAtEveryLanguagesAddress()
    {
        var english = await _client.GetAsync(new Uri("/en/peru/iati-activities.xml", UriKind.Relative));
        var french = await _client.GetByteArrayAsync(new Uri("/fr/perou/iati-activities.xml", UriKind.Relative));
        var spanish = await _client.GetByteArrayAsync(new Uri("/es/peru/iati-activities.xml", UriKind.Relative));

        Assert.Equal("application/xml", english.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", english.Content.Headers.ContentType?.CharSet);
        Assert.Contains("max-age=", english.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", english.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await english.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, french);
        Assert.Equal(bytes, spanish);
        Assert.Equal("2.03", XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!.Attribute("version")?.Value);
    }

    [Fact]
    public async Task UnknownCountry_Answers404()
    {
        var response = await _client.GetAsync(new Uri("/en/atlantis/iati-activities.xml", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Identifier_IsTheContents_ElseTheReportingOrganisationsAndThePermanentFileName()
    {
        var activities = await ActivitiesAsync();

        Assert.Equal(["XM-FIXTURE-RF-001", "XX-PERU-PORTAL-resilient-puna"], activities.Values.Select(a => a.Element("iati-identifier")!.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReportingOrganisation_IsTheConfiguredOne_MarkedAsASecondaryReporter()
    {
        var org = (await ActivitiesAsync())["resilient-puna"].Element("reporting-org")!;

        Assert.Equal("XX-PERU-PORTAL", org.Attribute("ref")?.Value);
        Assert.Equal("90", org.Attribute("type")?.Value);
        Assert.Equal("1", org.Attribute("secondary-reporter")?.Value);
        Assert.Equal("Peru.Portal", org.Element("narrative")?.Value);
    }

    [Fact]
    public async Task TitleDescriptionAndOrganisations_AreNarratedInEveryLanguage_FromTheTwins()
    {
        var puna = (await ActivitiesAsync())["resilient-puna"];

        Assert.Equal(["en", "fr", "es"], puna.Element("title")!.Elements("narrative").Select(n => n.Attribute(Xml + "lang")?.Value));
        Assert.Equal(["en", "fr", "es"], puna.Element("description")!.Elements("narrative").Select(n => n.Attribute(Xml + "lang")?.Value));
        Assert.All(puna.Element("description")!.Elements("narrative"), n => Assert.False(string.IsNullOrWhiteSpace(n.Value)));
        var funding = puna.Elements("participating-org").Single(o => o.Attribute("role")?.Value == "1");
        Assert.Equal(["Global Affairs Canada", "Affaires mondiales Canada", "Asuntos Mundiales Canadá"], funding.Elements("narrative").Select(n => n.Value));
        Assert.Null(funding.Attribute("ref"));
        var implementing = puna.Elements("participating-org").Single(o => o.Attribute("role")?.Value == "4");
        Assert.Equal(3, implementing.Elements("narrative").Count());
        Assert.Equal(2, puna.Elements("participating-org").Count());
    }

    [Fact]
    public async Task Budget_IsTheNewFundingAsAnnounced_NeverTheTotalValue()
    {
        var fund = (await ActivitiesAsync())["regional-fund"];

        var budget = fund.Element("budget")!;
        var value = budget.Element("value")!;
        Assert.Equal("1200000", value.Value);
        Assert.Equal("CAD", value.Attribute("currency")?.Value);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", value.Attribute("value-date")?.Value ?? "");
        Assert.Equal("2025-01-01", budget.Element("period-start")?.Attribute("iso-date")?.Value);
        Assert.Equal("2027-12-31", budget.Element("period-end")?.Attribute("iso-date")?.Value);
        Assert.Equal("1", budget.Attribute("status")?.Value);
        Assert.Single(fund.Elements("budget"));
    }

    [Fact]
    public async Task PlannedDates_AreTheContentsYears_SaidAsYearsInEveryLanguage()
    {
        var dates = (await ActivitiesAsync())["regional-fund"].Elements("activity-date").ToList();

        Assert.Equal([("1", "2025-01-01"), ("3", "2027-12-31")], dates.Select(d => (d.Attribute("type")!.Value, d.Attribute("iso-date")!.Value)));
        Assert.Equal(["2025", "2025", "2025"], dates[0].Elements("narrative").Select(n => n.Value));
    }

    [Fact]
    public async Task RecipientCountry_IsTheCountrysCode_OnlyForAProjectThatIsNotRegional()
    {
        var activities = await ActivitiesAsync();

        Assert.Equal("PE", activities["resilient-puna"].Element("recipient-country")?.Attribute("code")?.Value);
        Assert.Null(activities["regional-fund"].Element("recipient-country"));
        Assert.Null(activities["regional-fund"].Element("recipient-region"));
    }

    [Fact]
    public async Task Status_IsTheContents_ElseTheStatusOfFundingOnlyAnnounced()
    {
        var activities = await ActivitiesAsync();

        Assert.Equal("2", activities["regional-fund"].Element("activity-status")?.Attribute("code")?.Value);
        Assert.Equal("1", activities["resilient-puna"].Element("activity-status")?.Attribute("code")?.Value);
    }

    [Fact]
    public async Task DocumentLinks_AreTheProjectsPageInEachLanguage()
    {
        var links = (await ActivitiesAsync())["resilient-puna"].Elements("document-link").ToList();

        Assert.Equal(3, links.Count);
        Assert.All(links, l =>
        {
            Assert.Equal("text/html", l.Attribute("format")?.Value);
            Assert.Equal("A12", l.Element("category")?.Attribute("code")?.Value);
        });
        Assert.Equal(["en", "fr", "es"], links.Select(l => l.Element("language")?.Attribute("code")?.Value));
        foreach (var link in links)
        {
            var url = new Uri(link.Attribute("url")!.Value);
            Assert.Equal("portal.example.org", url.Host);
            var page = await _client.GetAsync(new Uri(url.AbsolutePath, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Theory]
    [InlineData("/en/peru/projects", "/en/peru/iati-activities.xml")]
    [InlineData("/fr/perou/projets", "/fr/perou/iati-activities.xml")]
    [InlineData("/es/peru/proyectos", "/es/peru/iati-activities.xml")]
    public async Task ProjectsPage_LinksToTheIatiFile_InItsOpenDataSection(string page, string file)
    {
        var html = await _client.GetStringAsync(new Uri(page, UriKind.Relative));

        Assert.Contains($"<a href=\"{file}\" type=\"application/xml\">IATI XML", html, StringComparison.Ordinal);
    }

    /// <summary>The English file's activities by the project's permanent name, the last part of its English page address.</summary>
    private async Task<Dictionary<string, XElement>> ActivitiesAsync()
    {
        var document = XDocument.Parse(await _client.GetStringAsync(new Uri("/en/peru/iati-activities.xml", UriKind.Relative)));
        return document.Root!.Elements("iati-activity").ToDictionary(
            a => a.Elements("document-link").First().Attribute("url")!.Value.Split('/')[^1], StringComparer.Ordinal);
    }
}
