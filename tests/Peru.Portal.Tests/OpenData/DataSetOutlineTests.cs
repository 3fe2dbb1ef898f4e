using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Tests.OpenData;

/// <summary>
/// A data page describes its data set from the table's outline (its columns and the years its rows hold), not from
/// every row: the description must be the one the whole table gives.
/// </summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class DataSetOutlineTests(PortalFactory factory)
{
    [Theory]
    [InlineData("disbursements")]
    [InlineData("projects")]
    [InlineData("achievements")]
    [InlineData(SectionDataSets.TradeFigures)]
    [InlineData(SectionDataSets.TargetDates)]
    public async Task Outline_InEveryLanguageAndCountry_HasTheWholeTablesColumnsAndPeriod(string dataSet)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tables = services.GetRequiredService<OpenDataTables>();
        var compared = 0;
        foreach (var language in services.GetRequiredService<LanguageTable>().All)
        {
            foreach (var country in await services.GetRequiredService<CountryRepository>().ListCountriesAsync(language.Code))
            {
                var whole = await tables.BuildAsync(language, country, dataSet, "https://example.org", CancellationToken.None);
                var outline = await tables.OutlineAsync(language, country, dataSet, "https://example.org", CancellationToken.None);

                Assert.Equal(whole.Columns, outline.Columns);
                Assert.Equal(DataSetStructuredDataFilter.Coverage(whole), DataSetStructuredDataFilter.Coverage(outline));
                if (whole.Rows.Count > 0)
                {
                    Assert.NotNull(DataSetStructuredDataFilter.Coverage(outline));
                }

                compared++;
            }
        }

        Assert.True(compared > 1, "every language of at least one country");
    }
}
