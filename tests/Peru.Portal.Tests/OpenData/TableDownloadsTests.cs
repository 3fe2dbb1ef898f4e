using System.Text.Json;

namespace Peru.Portal.Tests.OpenData;

/// <summary>The tables that had no file of their own (trade figures, target dates) link to theirs, which hold the same rows as the table.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class TableDownloadsTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/en/peru/bilateral-relations", "/en/peru/bilateral-relations", "value_text", "rows")]
    [InlineData("/fr/perou/relations-bilaterales", "/fr/perou/relations-bilaterales", "valeur_texte", "lignes")]
    [InlineData("/es/peru/relaciones-bilaterales", "/es/peru/relaciones-bilaterales", "valor_texto", "filas")]
    public async Task TradeFiguresTable_LinksToItsFiles_WhichHoldEveryValueThePageShows(string page, string files, string valueText, string rows)
    {
        var html = await _client.GetPageAsync(page);
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri(files + ".json", UriKind.Relative)));

        PageAssert.LinksTo(html, files + ".csv");
        PageAssert.LinksTo(html, files + ".json");
        var values = json.RootElement.GetProperty(rows).EnumerateArray().Select(r => r.GetProperty(valueText).GetString()!).ToList();
        Assert.NotEmpty(values);
        var text = PageAssert.MainText(html);
        Assert.All(values, v => Assert.Contains(v, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/en/peru/evaluation", "target_date", "page_url", "rows")]
    [InlineData("/fr/perou/evaluation", "date_cible", "adresse_page", "lignes")]
    [InlineData("/es/peru/evaluacion", "fecha_meta", "direccion_pagina", "filas")]
    public async Task TargetDatesTable_LinksToItsFiles_WhichHoldEveryDateAndRecommendationOfTheTable(string page, string date, string url, string rows)
    {
        var html = await _client.GetPageAsync(page);
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri(page + ".json", UriKind.Relative)));

        PageAssert.LinksTo(html, page + ".csv");
        PageAssert.LinksTo(html, page + "-" + OpenDataAddresses.Language(page[1..3]).Word("spreadsheet") + ".csv");
        var dates = json.RootElement.GetProperty(rows).EnumerateArray().ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Select(d => d.GetProperty(date).GetString()).Order(StringComparer.Ordinal), dates.Select(d => d.GetProperty(date).GetString()));
        foreach (var row in dates)
        {
            Assert.Contains($"datetime=\"{row.GetProperty(date).GetString()}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"{new Uri(row.GetProperty(url).GetString()!).AbsolutePath}\"", html, StringComparison.Ordinal);
        }
    }
}
