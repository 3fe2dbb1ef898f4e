using System.Text.Json;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class OpenDataTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>An RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { Assert.NotEqual('\n', c); field.Append(c); }
        }

        Assert.Empty(row);
        return rows;
    }

    private async Task<(List<string> Header, List<Dictionary<string, string>> Rows)> GetCsvAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());
        var header = rows[0];
        return (header, rows.Skip(1).Select(r => { Assert.Equal(header.Count, r.Count); return header.Zip(r).ToDictionary(x => x.First, x => x.Second); }).ToList());
    }

    [Fact]
    public async Task DisbursementsCsv_HasHeaderAndRowsThatAgreeWithThePage()
    {
        var (header, rows) = await GetCsvAsync("/en/peru/disbursements.csv");
        var html = await _client.GetPageAsync("/en/peru/disbursements");

        Assert.Equal(["fiscal_year", "source", "amount", "unit", "currency", "amount_in_dollars", "page_url"], header);
        Assert.Equal(2, rows.Count);
        var total = rows.Sum(r => decimal.Parse(r["amount"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(29.93m, total);
        Assert.Contains("$29.93 million", PageAssert.MainText(html), StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal("https://portal.example.org/en/peru/disbursements", r["page_url"]));
        PageAssert.LinksTo(html, "/en/peru/disbursements.csv");
        PageAssert.LinksTo(html, "/en/peru/disbursements.json");
    }

    [Fact]
    public async Task DisbursementsJson_ParsesAndCarriesTheSameFiguresAndTotals()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/en/peru/disbursements.json", UriKind.Relative)));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal([28.27m, 1.66m], rows.Select(r => r.GetProperty("amount").GetDecimal()));
        var total = Assert.Single(json.RootElement.GetProperty("totals").EnumerateArray());
        Assert.Equal(29.93m, total.GetProperty("total").GetDecimal());
        Assert.Equal("$29.93 million", total.GetProperty("total_text").GetString());
    }

    [Fact]
    public async Task ProjectsCsv_EveryRowLinksToItsPage_AndTotalAgreesWithThePage()
    {
        var (_, rows) = await GetCsvAsync("/en/peru/projects.csv");
        var html = await _client.GetPageAsync("/en/peru/projects");

        Assert.Equal(2, rows.Count);
        Assert.Equal(10400000m, rows.Sum(r => decimal.Parse(r["amount"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("$10,400,000", PageAssert.MainText(html), StringComparison.Ordinal);
        Assert.Contains(rows, r => r["title"] == "Resilient Puna: Fixture Project" && r["page_url"] == "https://portal.example.org/en/peru/projects/resilient-puna");
        PageAssert.LinksTo(html, "/en/peru/projects.csv");
    }

    [Fact]
    public async Task AchievementsCsv_QuotesFieldsWithCommasAndLinksEveryAchievement()
    {
        var (_, rows) = await GetCsvAsync("/en/peru/achievements.csv");

        Assert.Equal(3, rows.Count);
        var texts = Assert.Single(rows, r => r["slug"] == "translated-school-texts");
        Assert.Contains("104,000", texts["text"], StringComparison.Ordinal);
        Assert.Equal("https://portal.example.org/en/peru/achievements/2011-2012/translated-school-texts", texts["page_url"]);
        Assert.Equal("2011-2012", texts["fiscal_year"]);
    }

    [Fact]
    public async Task AchievementsJson_ListsEveryAchievementWithItsAddress()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/en/peru/achievements.json", UriKind.Relative)));

        Assert.Equal(3, json.RootElement.GetProperty("count").GetInt32());
        Assert.All(json.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.StartsWith("https://portal.example.org/en/peru/achievements/", r.GetProperty("page_url").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/en/peru/disbursements.xml")]
    [InlineData("/en/chile/projects.csv")]
    public async Task OpenData_UnknownFormatOrCountry_Returns404(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
