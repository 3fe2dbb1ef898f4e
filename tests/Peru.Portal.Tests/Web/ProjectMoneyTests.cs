using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// The fixture's regional fund is an increase of $1,200,000 over three years (2025–2027) to a project whose total
/// value is $2,000,000, with no period for the total; Resilient Puna is new funding of $9,200,000 (2024–2029).
/// Everywhere the portal states money, it states the new funding with its period and the total value apart.
/// </summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed partial class ProjectMoneyTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ProjectPage_Increase_ShowsTheNewFundingWithItsPeriodAndTheTotalValueWithoutOne()
    {
        var html = WebUtility.HtmlDecode(await _client.GetPageAsync("/en/peru/projects/regional-fund"));

        Assert.Matches(@"<dt>New funding announced</dt>\s*<dd>\s*\$1,200,000\s*<br>Increase to an existing project\s*</dd>", html);
        Assert.Matches(@"<dt>Period of the new funding</dt>\s*<dd>three years, 2025–2027</dd>", html);
        Assert.Matches(@"<dt>Total value of the project</dt>\s*<dd>\$2,000,000 \(the source gives no period for the total value\)</dd>", html);
    }

    [Fact]
    public async Task ProjectPage_NewFunding_HasNoTotalValueLine()
    {
        var html = await _client.GetPageAsync("/en/peru/projects/resilient-puna");

        Assert.Contains("<dt>New funding announced</dt>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Total value", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Increase", PageAssert.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_StructuredData_GrantsTheNewFundingOverItsPeriodAndDescribesTheTotalApart()
    {
        using var data = JsonDocument.Parse(JsonLd(await _client.GetPageAsync("/en/peru/projects/regional-fund")));
        var root = data.RootElement;

        Assert.Equal("MonetaryGrant", root.GetProperty("@type").GetString());
        Assert.Equal(1200000m, root.GetProperty("amount").GetProperty("value").GetDecimal());
        Assert.Equal("2025", root.GetProperty("startDate").GetString());
        Assert.Equal("2027", root.GetProperty("endDate").GetString());
        Assert.StartsWith("An increase of $1,200,000 over three years (2025–2027) to an existing project", root.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Total value of the project: $2,000,000 (the source gives no period for the total value).", root.GetProperty("disambiguatingDescription").GetString());

        using var puna = JsonDocument.Parse(JsonLd(await _client.GetPageAsync("/en/peru/projects/resilient-puna")));
        Assert.False(puna.RootElement.TryGetProperty("disambiguatingDescription", out _));
    }

    [Fact]
    public async Task ProjectsPage_Total_AddsOnlyTheNewFundingAnnouncedAndSaysWhatItAdds()
    {
        var html = WebUtility.HtmlDecode(await _client.GetPageAsync("/en/peru/projects"));

        // 9,200,000 + 1,200,000: the regional fund's $2,000,000 total value is not added in.
        Assert.Matches(@"<th scope=""row"">New funding announced in Lima, Peru, November 15–16, 2024 \(2 projects\)</th>\s*<td class=""num"">\$10,400,000</td>", html);
        Assert.DoesNotContain("$11,200,000", html, StringComparison.Ordinal);
        Assert.Contains("Increase to an existing project; total value of the project: $2,000,000 (the source gives no period for the total value)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemePage_ProjectTable_ShowsTheNewFundingAndTheTotalValueApart()
    {
        var html = WebUtility.HtmlDecode(await _client.GetPageAsync("/en/peru/thematic-focus/children-and-youth"));

        Assert.Contains("Projects funded under this theme: new funding announced, its period and implementer", html, StringComparison.Ordinal);
        Assert.Matches(@"<td data-label=""New funding announced: "" class=""num"">\$1,200,000<br><span class=""figure-source"">Increase to an existing project; total value of the project: \$2,000,000", html);
        Assert.Contains("<td data-label=\"Period: \">2025–2027</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsCsv_AmountIsTheNewFunding_AndTheTotalValueHasItsOwnColumns()
    {
        var rows = Csv(await _client.GetStringAsync(new Uri("/en/peru/projects.csv", UriKind.Relative)));
        var header = rows[0];
        Dictionary<string, string> Row(string slug) => header.Zip(rows.Skip(1).Single(r => r[0] == slug)).ToDictionary(x => x.First, x => x.Second);

        // The first 21 columns are the ones published before; the new ones follow them.
        Assert.Equal(["slug", "title", "amount", "currency", "amount_note", "duration", "start_year", "end_year"], header.Take(8));
        Assert.Equal(["page_url", "funding_kind", "total_value", "total_value_start_year", "total_value_end_year", "total_value_period_as_stated"], header.Skip(20));
        var fund = Row("regional-fund");
        Assert.Equal(1200000m, decimal.Parse(fund["amount"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("three years", "2025", "2027"), (fund["duration"], fund["start_year"], fund["end_year"]));
        Assert.Equal(2000000m, decimal.Parse(fund["total_value"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("increase", "", "", ""), (fund["funding_kind"], fund["total_value_start_year"], fund["total_value_end_year"], fund["total_value_period_as_stated"]));
        Assert.Equal("Increase to an existing project; total value of the project: $2,000,000 (the source gives no period for the total value)", fund["amount_note"]);
        var puna = Row("resilient-puna");
        Assert.Equal(("new", "", ""), (puna["funding_kind"], puna["total_value"], puna["amount_note"]));
    }

    [Fact]
    public async Task ProjectsJson_Totals_AddTheNewFundingOfOneAnnouncementAndSaySo()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/en/peru/projects.json", UriKind.Relative)));

        var total = Assert.Single(json.RootElement.GetProperty("totals").EnumerateArray());
        Assert.Equal(10400000m, total.GetProperty("total").GetDecimal());
        Assert.Equal(2, total.GetProperty("count").GetInt32());
        Assert.Equal("Lima, Peru", total.GetProperty("announced_in").GetString());
        Assert.Equal("2024-11-15", total.GetProperty("announced_from").GetString());
        Assert.Equal("New funding announced in Lima, Peru, November 15–16, 2024 (2 projects): $10,400,000", total.GetProperty("total_text").GetString());
        var fund = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "regional-fund");
        Assert.Equal(2000000m, fund.GetProperty("total_value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("total_value_start_year").ValueKind);
    }

    [Fact]
    public async Task Feed_ProjectEntry_StatesTheIncreaseWithItsPeriodAndTheTotalApart()
    {
        using var reader = XmlReader.Create(await _client.GetStreamAsync(new Uri("/en/peru/feed.xml", UriKind.Relative)));
        var feed = SyndicationFeed.Load(reader);

        var fund = Assert.Single(feed.Items, i => i.Title.Text == "Fixture Regional Fund");
        Assert.Equal(
            "Project: An increase of $1,200,000 over three years (2025–2027) to an existing project, carried out by Fixture regional body. Total value of the project: $2,000,000 (the source gives no period for the total value).",
            fund.Summary.Text);
    }

    [Fact]
    public async Task ProjectPage_InFrench_StatesTheTotalValueWithoutAPeriod()
    {
        var html = WebUtility.HtmlDecode(await _client.GetPageAsync("/fr/perou/projets/fonds-regional"));

        Assert.Matches(@"<dt>Nouveau financement annoncé</dt>\s*<dd>\s*1\s200\s000\s\$\s*<br>Augmentation du financement d’un projet existant", html);
        Assert.Matches(@"<dt>Valeur totale du projet</dt>\s*<dd>2\s000\s000\s\$ \(la source ne donne pas de période pour la valeur totale\)</dd>", html);
        Assert.Contains("les 15 et 16 novembre 2024", html, StringComparison.Ordinal);
    }

    private static string JsonLd(string html) =>
        JsonLdScript().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("the page has no JSON-LD");

    /// <summary>The fixture's CSV has no quoted commas in the columns read here, but quotes are honoured.</summary>
    private static List<List<string>> Csv(string text) =>
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => CsvField().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups[2].Value).ToList())
            .ToList();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();

    [GeneratedRegex("(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^,]*))")]
    private static partial Regex CsvField();
}
