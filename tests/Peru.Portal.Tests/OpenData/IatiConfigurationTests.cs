using System.Xml.Linq;

namespace Peru.Portal.Tests.OpenData;

/// <summary>The reporting organisation is whoever the configuration names, and a name that is not an IATI identifier stops the start.</summary>
public sealed class IatiConfigurationTests
{
    [Fact]
    public async Task ConfiguredReportingOrganisation_ReportsEveryActivity_AndStartsEachIdentifierItBuilds()
    {
        using var factory = new ReportingOrgFactory("XM-EXAMPLE-7", "Example Aid Observatory", "80");
        var document = XDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/en/peru/iati-activities.xml", UriKind.Relative)));

        Assert.All(document.Descendants("reporting-org"), org =>
        {
            Assert.Equal(("XM-EXAMPLE-7", "80", "1"), (org.Attribute("ref")?.Value, org.Attribute("type")?.Value, org.Attribute("secondary-reporter")?.Value));
            Assert.Equal("Example Aid Observatory", org.Element("narrative")?.Value);
        });
        Assert.Contains("XM-EXAMPLE-7-resilient-puna", document.Descendants("iati-identifier").Select(i => i.Value));
        Assert.Empty(IatiStandard.Problems(document));
    }

    [Fact]
    public void ReportingOrganisationRefThatIsNotAnOrganisationIdentifier_StopsTheStart_NamingTheKey()
    {
        using var factory = new ReportingOrgFactory("Peru Portal", "Peru.Portal", "90");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Portal:Iati:ReportingOrg:Ref must be an IATI organisation identifier", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class ReportingOrgFactory(string reference, string name, string type) : PortalFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
            [("Portal:Iati:ReportingOrg:Ref", reference), ("Portal:Iati:ReportingOrg:Name", name), ("Portal:Iati:ReportingOrg:Type", type)];
    }
}
