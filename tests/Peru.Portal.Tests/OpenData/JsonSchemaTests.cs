using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Tests.OpenData;

/// <summary>Each JSON file names its JSON Schema, in its body and in a Link header, and is valid against it.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class JsonSchemaTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The library registers every schema it builds by its address, once per process: each is built once.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(OpenDataAddresses.DataSetsInEveryLanguage), MemberType = typeof(OpenDataAddresses))]
    public async Task EveryJsonFile_NamesItsSchema_AndIsValidAgainstIt(string code, string dataSet)
    {
        var language = OpenDataAddresses.Language(code);
        var country = OpenDataAddresses.CountryIn[code];
        var schemaPath = Addresses.SchemaFile(language, country, dataSet);
        var response = await _client.GetAsync(new Uri(Addresses.DataFile(language, country, dataSet, "json"), UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal($"https://portal.example.org{schemaPath}", document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal($"<https://portal.example.org{schemaPath}>; rel=\"describedby\"; type=\"application/schema+json\"", Assert.Single(response.Headers.GetValues("Link")));
        var results = (await SchemaAsync(schemaPath)).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("en", "projects")]
    [InlineData("fr", "disbursements")]
    [InlineData("es", "achievements")]
    public async Task Schema_RefusesAFileThatLosesAColumn_OrGainsAKeyItDoesNotDefine(string code, string dataSet)
    {
        var language = OpenDataAddresses.Language(code);
        var country = OpenDataAddresses.CountryIn[code];
        var schema = await SchemaAsync(Addresses.SchemaFile(language, country, dataSet));
        var file = JsonNode.Parse(await _client.GetStringAsync(new Uri(Addresses.DataFile(language, country, dataSet, "json"), UriKind.Relative)))!.AsObject();
        var rows = file[OpenDataNames.Of(language, "rows")]!.AsArray();

        var lost = file.DeepClone().AsObject();
        lost[OpenDataNames.Of(language, "rows")]![0]!.AsObject().Remove(OpenDataNames.Of(language, "page_url"));
        var gained = file.DeepClone().AsObject();
        gained["unexpected"] = 1;

        Assert.NotEmpty(rows);
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(lost)).IsValid);
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(gained)).IsValid);
    }

    [Fact]
    public async Task Schema_IsInTheFilesLanguage_WithTheTitleAndMeaningOfEachField()
    {
        using var schema = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/es/peru/desembolsos.schema.json", UriKind.Relative)));
        var row = schema.RootElement.GetProperty("properties").GetProperty("filas").GetProperty("items");

        Assert.Contains("anio_fiscal", row.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        var year = row.GetProperty("properties").GetProperty("anio_fiscal");
        Assert.Equal("Año fiscal", year.GetProperty("title").GetString());
        Assert.Contains("del 1 de abril al 31 de marzo", year.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonSchema> SchemaAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return Built.GetOrAdd(path, p => JsonSchema.FromText(text, new BuildOptions(), new Uri($"https://portal.example.org{p}")));
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
