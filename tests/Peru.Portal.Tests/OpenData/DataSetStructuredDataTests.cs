using System.Text.Json;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.OpenData;

/// <summary>Each data page describes its data set as a schema.org Dataset, for dataset search engines.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed partial class DataSetStructuredDataTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/en/peru/disbursements", "/en/peru/disbursements")]
    [InlineData("/fr/perou/projets", "/fr/perou/projets")]
    [InlineData("/es/peru/logros", "/es/peru/logros")]
    [InlineData("/en/peru/bilateral-relations", "/en/peru/bilateral-relations")]
    [InlineData("/es/peru/evaluacion", "/es/peru/evaluacion")]
    public async Task DataPage_DescribesItsDataSet_WithEveryFileItIsPublishedAs(string page, string files)
    {
        var html = await _client.GetPageAsync(page);
        using var data = JsonDocument.Parse(Assert.Single(JsonLd().Matches(html)).Groups[1].Value);
        var root = data.RootElement;

        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Dataset", root.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
        Assert.Equal("Place", root.GetProperty("spatialCoverage").GetProperty("@type").GetString());
        Assert.Matches(@"^\d{4}(-\d{2}-\d{2})?/\d{4}(-\d{2}-\d{2})?$", root.GetProperty("temporalCoverage").GetString());
        Assert.Equal("Organization", root.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.False(root.TryGetProperty("license", out _), "the content names no licence");
        var downloads = root.GetProperty("distribution").EnumerateArray().ToList();
        Assert.Equal(3, downloads.Count);
        foreach (var download in downloads)
        {
            Assert.Equal("DataDownload", download.GetProperty("@type").GetString());
            var url = new Uri(download.GetProperty("contentUrl").GetString()!);
            Assert.StartsWith(files, url.AbsolutePath, StringComparison.Ordinal);
            var response = await _client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(download.GetProperty("encodingFormat").GetString(), response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task DisbursementsDataSet_CoversItsFiscalYearsFromAprilToMarch()
    {
        var html = await _client.GetPageAsync("/en/peru/disbursements");
        using var data = JsonDocument.Parse(Assert.Single(JsonLd().Matches(html)).Groups[1].Value);
        var csv = await _client.GetStringAsync(new Uri("/en/peru/disbursements.csv", UriKind.Relative));
        var years = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l[..9]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal($"{years[0][..4]}-04-01/{years[^1][5..]}-03-31", data.RootElement.GetProperty("temporalCoverage").GetString());
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
