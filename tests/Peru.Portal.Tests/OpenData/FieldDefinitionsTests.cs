using System.Globalization;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Tests.OpenData;

/// <summary>The field definitions page defines every column and key each file writes, in every language, and every download links to it.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed partial class FieldDefinitionsTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(OpenDataAddresses.DataSetsInEveryLanguage), MemberType = typeof(OpenDataAddresses))]
    public async Task DefinitionsPage_DefinesEveryColumnAndKeyTheFileWrites(string code, string dataSet)
    {
        var language = OpenDataAddresses.Language(code);
        var country = OpenDataAddresses.CountryIn[code];
        var html = await _client.GetPageAsync(Addresses.FieldDefinitions(language, country));
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri(Addresses.DataFile(language, country, dataSet, "json"), UriKind.Relative)));

        var defined = DefinedNames(html, dataSet);
        var written = json.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n != "$schema")
            .Concat(json.RootElement.GetProperty(OpenDataNames.Of(language, "columns")).EnumerateArray().Select(c => c.GetString()!))
            .Concat(json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array)
                .SelectMany(p => p.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Take(1).SelectMany(e => e.EnumerateObject().Select(x => x.Name))));
        Assert.Empty(written.Distinct().Except(defined));
        PageAssert.LinksTo(html, Addresses.DataFile(language, country, dataSet, "csv"));
        PageAssert.LinksTo(html, Addresses.SpreadsheetFile(language, country, dataSet));
        PageAssert.LinksTo(html, Addresses.SchemaFile(language, country, dataSet));
    }

    [Theory]
    [InlineData("/en/peru/disbursements", "/en/peru/field-definitions#disbursements", "/en/peru/disbursements-spreadsheet.csv")]
    [InlineData("/fr/perou/projets", "/fr/perou/definitions-des-champs#projects", "/fr/perou/projets-tableur.csv")]
    [InlineData("/es/peru/logros", "/es/peru/definiciones-de-campos#achievements", "/es/peru/logros-hoja-de-calculo.csv")]
    public async Task EveryDownload_LinksToItsSpreadsheetFileAndItsDefinitions(string page, string definitions, string spreadsheet)
    {
        var html = await _client.GetPageAsync(page);

        PageAssert.LinksTo(html, definitions);
        PageAssert.LinksTo(html, spreadsheet);
        Assert.Contains($"id=\"{definitions.Split('#')[1]}\"", await _client.GetPageAsync(definitions.Split('#')[0]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/peru/field-definitions", "Implementer", "The organization that carries out the project.")]
    [InlineData("/fr/perou/definitions-des-champs", "Responsable", "L’organisation qui réalise le projet.")]
    [InlineData("/es/peru/definiciones-de-campos", "Organismo ejecutor", "La organización que ejecuta el proyecto.")]
    public async Task DefinitionsPage_IsInEachLanguage_WithTitlesMeaningsAndTheIatiElements(string path, string title, string meaning)
    {
        var text = PageAssert.MainText(await _client.GetPageAsync(path));

        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(meaning, text, StringComparison.Ordinal);
        Assert.Contains("reporting-org/@secondary-reporter", text, StringComparison.Ordinal);
        Assert.Contains("budget/value/@currency", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefinitionsPage_GivesExamplesTakenFromTheFile()
    {
        var html = await _client.GetPageAsync("/en/peru/field-definitions");
        var csv = await _client.GetStringAsync(new Uri("/en/peru/disbursements.csv", UriKind.Relative));
        var firstRow = csv.Split("\r\n")[1].Split(',');

        var row = RowPattern().Matches(html).Single(m => m.Groups["id"].Value == "disbursements-fiscal_year");
        Assert.Contains($"<code>{firstRow[0]}</code>", row.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void EveryFieldDefinition_IsTranslated(string code)
    {
        var resources = new ResourceManager("Peru.Portal.Web.Resources.OpenData.FieldText", typeof(FieldText).Assembly);
        // The English is the key and has no resource file: only the language's own set is read.
        var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(code), createIfNotExists: true, tryParents: false)!;
        var words = FieldCatalog.Titles.Values
            .Concat(FieldCatalog.Files.SelectMany(f => f.Columns.Concat(f.JsonKeys)).SelectMany(f => new[] { f.Meaning, f.Unit }))
            .Concat(FieldCatalog.Iati.SelectMany(e => new[] { e.Meaning, e.Unit }))
            .Distinct();

        Assert.DoesNotContain(words, w => set.GetString(w) is not { Length: > 0 } translated || (translated == w && w.Contains(' ', StringComparison.Ordinal)));
    }

    private static HashSet<string> DefinedNames(string html, string dataSet) =>
        [.. RowPattern().Matches(html).Where(m => m.Groups["id"].Value.StartsWith(dataSet + "-", StringComparison.Ordinal)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value))];

    [GeneratedRegex("<tr id=\"(?<id>[^\"]+)\">\\s*<th scope=\"row\"><code>(?<name>[^<]+)</code></th>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
