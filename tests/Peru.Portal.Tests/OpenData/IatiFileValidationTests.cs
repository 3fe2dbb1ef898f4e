using System.Xml.Linq;
using Peru.Portal.Tests.Web;

namespace Peru.Portal.Tests.OpenData;

/// <summary>
/// The IATI file passes the official 2.03 schema and every code is in its codelist, for the fixture and for the real
/// content; a file broken on purpose fails, so the check can fail at all.
/// </summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class IatiFileValidationTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Addresses => ["/en/peru/iati-activities.xml", "/fr/perou/iati-activities.xml", "/es/peru/iati-activities.xml"];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task IatiFile_OfTheFixtureContent_ValidatesAgainstTheSchemaAndEveryCodelist(string path)
    {
        var document = XDocument.Parse(await _client.GetStringAsync(new Uri(path, UriKind.Relative)));

        Assert.Equal(2, document.Root!.Elements("iati-activity").Count());
        Assert.Empty(IatiStandard.Problems(document));
    }

    [Fact]
    public async Task ActivityWithoutItsIdentifier_FailsTheSchema()
    {
        var document = await FileAsync();
        document.Descendants("iati-identifier").First().Remove();

        Assert.Contains(IatiStandard.Problems(document), p => p.StartsWith("schema:", StringComparison.Ordinal) && p.Contains("reporting-org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ActivityDateThatIsNotADate_FailsTheSchema()
    {
        var document = await FileAsync();
        document.Descendants("activity-date").First().SetAttributeValue("iso-date", "2025");

        Assert.Contains(IatiStandard.Problems(document), p => p.StartsWith("schema:", StringComparison.Ordinal) && p.Contains("iso-date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("activity-status", "code", "9", "ActivityStatus")]
    [InlineData("participating-org", "role", "7", "OrganisationRole")]
    [InlineData("value", "currency", "CAN", "Currency")]
    [InlineData("recipient-country", "code", "PU", "Country")]
    [InlineData("category", "code", "Z99", "DocumentCategory")]
    public async Task CodeNotInItsCodelist_PassesTheSchemaButFailsTheCodelistCheck(string element, string attribute, string code, string codelist)
    {
        var document = await FileAsync();
        document.Descendants(element).First().SetAttributeValue(attribute, code);

        var problems = IatiStandard.Problems(document);

        Assert.DoesNotContain(problems, p => p.StartsWith("schema:", StringComparison.Ordinal));
        Assert.Contains($"codelist: {element}/@{attribute}=\"{code}\" is not a code of {codelist}", problems);
    }

    [Fact]
    public async Task NarrativeInALanguageNotInTheCodelist_FailsTheCodelistCheck()
    {
        var document = await FileAsync();
        document.Descendants("narrative").First().SetAttributeValue(XNamespace.Xml + "lang", "english");

        Assert.Contains("codelist: narrative/@lang=\"english\" is not a code of Language", IatiStandard.Problems(document));
    }

    [Fact]
    public async Task AttributeTheCheckDoesNotKnow_IsAProblem_SoNoCodeGoesUnchecked()
    {
        var document = await FileAsync();
        document.Descendants("iati-activity").First().SetAttributeValue("hierarchy", "1");

        Assert.Contains(IatiStandard.Problems(document), p => p.Contains("iati-activity/@hierarchy is not known to this check", StringComparison.Ordinal));
    }

    [Fact]
    public void StandardFiles_AreKeptWithTheirLicence()
    {
        Assert.True(File.Exists(Path.Combine(IatiStandard.Folder, "NOTICE.md")));
        Assert.Contains("1", IatiStandard.Codes("ActivityStatus"));
        Assert.Contains("PE", IatiStandard.Codes("Country"));
    }

    private async Task<XDocument> FileAsync()
    {
        var document = XDocument.Parse(await _client.GetStringAsync(new Uri("/en/peru/iati-activities.xml", UriKind.Relative)));
        Assert.Empty(IatiStandard.Problems(document));
        return document;
    }
}

/// <summary>The repository's own content, fed through the same file and the same checks.</summary>
public sealed class IatiRealContentTests(RealContentFactory factory) : IClassFixture<RealContentFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task IatiFile_OfTheRealContent_ValidatesAgainstTheSchemaAndEveryCodelist()
    {
        var document = XDocument.Parse(await _client.GetStringAsync(new Uri("/en/peru/iati-activities.xml", UriKind.Relative)));

        Assert.Equal(8, document.Root!.Elements("iati-activity").Count());
        Assert.Empty(IatiStandard.Problems(document));
    }
}
