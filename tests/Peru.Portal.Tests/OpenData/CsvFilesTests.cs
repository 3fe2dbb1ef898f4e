using System.Text;
using System.Text.Json;
using CsvHelper;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Tests.OpenData;

/// <summary>
/// Every CSV file opens right in a spreadsheet: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, read back
/// here by a CSV library rather than by the portal's own rules, and holding what the JSON holds.
/// </summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class CsvFilesTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    [Theory]
    [MemberData(nameof(OpenDataAddresses.DataSetsInEveryLanguage), MemberType = typeof(OpenDataAddresses))]
    public async Task EveryCsv_StartsWithAByteOrderMark_EndsEveryLineWithCrlf_AndReadsBackAsTheJsonRows(string code, string dataSet)
    {
        var language = OpenDataAddresses.Language(code);
        var country = OpenDataAddresses.CountryIn[code];
        var bytes = await _client.GetByteArrayAsync(new Uri(Addresses.DataFile(language, country, dataSet, "csv"), UriKind.Relative));
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri(Addresses.DataFile(language, country, dataSet, "json"), UriKind.Relative)));

        Assert.Equal(ByteOrderMark, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.True(EveryRecordEndsWithCrlf(text), "a line outside a quoted field ends without CR");

        var (header, rows) = Read(bytes);
        var columns = json.RootElement.GetProperty(OpenDataNames.Of(language, "columns")).EnumerateArray().Select(c => c.GetString()!).ToList();
        var jsonRows = json.RootElement.GetProperty(OpenDataNames.Of(language, "rows")).EnumerateArray().ToList();
        Assert.Equal(columns, header);
        Assert.NotEmpty(rows);
        Assert.Equal(jsonRows.Count, rows.Count);
        foreach (var (row, jsonRow) in rows.Zip(jsonRows))
        {
            Assert.Equal(columns.Select(c => AsCsv(jsonRow.GetProperty(c))), row);
        }
    }

    [Theory]
    [MemberData(nameof(OpenDataAddresses.DataSetsInEveryLanguage), MemberType = typeof(OpenDataAddresses))]
    public async Task SpreadsheetCsv_HasReadableHeadersInItsLanguage_AndTheSameRowsAsTheCsv(string code, string dataSet)
    {
        var language = OpenDataAddresses.Language(code);
        var country = OpenDataAddresses.CountryIn[code];
        var response = await _client.GetAsync(new Uri(Addresses.SpreadsheetFile(language, country, dataSet), UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var spreadsheet = await response.Content.ReadAsByteArrayAsync();
        var csv = await _client.GetByteArrayAsync(new Uri(Addresses.DataFile(language, country, dataSet, "csv"), UriKind.Relative));

        Assert.Equal(ByteOrderMark, spreadsheet[..3]);
        var (header, rows) = Read(spreadsheet);
        var (_, csvRows) = Read(csv);
        Assert.Equal(csvRows, rows);
        Assert.All(header, h => Assert.Matches(@"^\p{Lu}[\p{L} ]+$", h));
        Assert.Equal(header.Count, header.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task SpreadsheetHeaders_AreWordsOfEachLanguage_WithTheirAccents()
    {
        var (french, _) = Read(await _client.GetByteArrayAsync(new Uri("/fr/perou/decaissements-tableur.csv", UriKind.Relative)));
        var (spanish, spanishRows) = Read(await _client.GetByteArrayAsync(new Uri("/es/peru/proyectos-hoja-de-calculo.csv", UriKind.Relative)));
        var (english, _) = Read(await _client.GetByteArrayAsync(new Uri("/en/peru/achievements-spreadsheet.csv", UriKind.Relative)));

        Assert.Equal(["Exercice", "Source", "Montant", "Unité", "Devise", "Montant en dollars", "Adresse de la page"], french);
        Assert.Equal("Fiscal year", english[0]);
        Assert.Contains("Título", spanish);
        Assert.Contains("Duración", spanish);
        var duration = spanish.IndexOf("Duración");
        Assert.Contains(spanishRows, r => r[duration].Contains('ñ', StringComparison.Ordinal));
    }

    [Fact]
    public void CsvWriter_QuotesCommasQuotesAndLineBreaks_AndKeepsAccentsThroughALibraryReader()
    {
        string[] header = ["año", "título"];
        var bytes = Csv.Write(header, [["2011–2012", "Café, \"ñandú\"\r\nsegunda línea"], ["é", null]]);

        var (readHeader, rows) = Read(bytes);

        Assert.Equal(header, readHeader);
        Assert.Equal(["2011–2012", "Café, \"ñandú\"\r\nsegunda línea"], rows[0]);
        Assert.Equal(["é", ""], rows[1]);
        Assert.Contains("\"Café, \"\"ñandú\"\"\r\nsegunda línea\"\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    /// <summary>Reads as a spreadsheet would: the byte order mark says UTF-8 and is not part of the first header; malformed quoting or a short row throws.</summary>
    private static (List<string> Header, List<List<string>> Rows) Read(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { FieldCountMismatch = CsvFieldCountHandling.Throw, MalformedData = CsvMalformedDataHandling.Throw });
        var header = csv.Headers.ToList();
        var rows = new List<List<string>>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return (header, rows);
    }

    /// <summary>Outside quotes, every line break is CRLF; inside a quoted field, text is kept as it is.</summary>
    private static bool EveryRecordEndsWithCrlf(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (text[i] == '\n' && (i == 0 || text[i - 1] != '\r') || text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                return false;
            }
        }

        return !quoted;
    }

    private static string AsCsv(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };
}
