using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.OpenData;

/// <summary>
/// Builds a data set's table from the store, by its name: the files and the field definitions page read the
/// same rows, so an example on that page is always a value the file holds.
/// </summary>
public sealed class OpenDataTables(SectionRepository sections, ProjectRepository projects, AchievementRepository achievements, ThemeRepository themes, EvaluationRepository evaluation, IStringLocalizer<FundingText> money)
{
    public async Task<DataTable> BuildAsync(Language language, Country country, string dataSet, string baseUrl, CancellationToken ct) => dataSet switch
    {
        "disbursements" => OpenDataSets.Disbursements(language, country, await sections.ListDisbursementsAsync(language.Code, country.Slug, ct), baseUrl),
        "projects" => OpenDataSets.Projects(language, country, await projects.ListProjectsAsync(language.Code, country.Slug, ct: ct), await themes.ListThemesAsync(language.Code, country.Slug, ct), baseUrl, money),
        "achievements" => OpenDataSets.Achievements(language, country, await achievements.ListDataRowsAsync(language.Code, country.Slug, ct), await themes.ListThemesAsync(language.Code, country.Slug, ct), baseUrl),
        SectionDataSets.TradeFigures => SectionDataSets.Trade(language, country, await sections.ListTradeFiguresAsync(language.Code, country.Slug, ct), baseUrl),
        SectionDataSets.TargetDates => SectionDataSets.Dates(language, country, await evaluation.ListRecommendationsAsync(language.Code, country.Slug, ct), baseUrl),
        _ => throw new ArgumentOutOfRangeException(nameof(dataSet), dataSet, "not a data set"),
    };

    /// <summary>
    /// The table as a page's description of its data set reads it (<see cref="DataSetStructuredDataFilter"/>): the same
    /// columns, and rows that hold only the years the period is taken from, each once. For the two large data sets
    /// the whole table meant every row with its text read and formatted on every render of the page: on a set of
    /// 10,000 achievements, 70 MiB allocated and about a second for the achievements index alone.
    /// </summary>
    public async Task<DataTable> OutlineAsync(Language language, Country country, string dataSet, string baseUrl, CancellationToken ct) => dataSet switch
    {
        "projects" => Outline(
            OpenDataSets.Projects(language, country, [], [], baseUrl, money),
            (await projects.ListFundingYearsAsync(language.Code, country.Slug, ct)).Select(y => new object?[] { y.Start, y.End }),
            "start_year", "end_year"),
        "achievements" => Outline(
            OpenDataSets.Achievements(language, country, [], [], baseUrl),
            (await achievements.ListYearsWithAchievementsAsync(language.Code, country.Slug, ct)).Select(y => new object?[] { y }),
            "fiscal_year"),
        _ => await BuildAsync(language, country, dataSet, baseUrl, ct),
    };

    /// <summary>The table with no rows (<paramref name="empty"/>) given a row for each of <paramref name="values"/>, in the columns named by <paramref name="keys"/>.</summary>
    private static DataTable Outline(DataTable empty, IEnumerable<object?[]> values, params string[] keys)
    {
        var columns = keys.Select(k => empty.Keys.ToList().IndexOf(k)).ToArray();
        var rows = values.Select(v =>
        {
            var row = new object?[empty.Keys.Count];
            for (var i = 0; i < columns.Length; i++)
            {
                row[columns[i]] = v[i];
            }

            return (IReadOnlyList<object?>)row;
        }).ToList();
        return empty with { Rows = rows };
    }
}
