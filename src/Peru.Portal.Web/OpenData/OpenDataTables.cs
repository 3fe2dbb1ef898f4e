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
        "achievements" => OpenDataSets.Achievements(language, country, await achievements.ListAchievementsAsync(language.Code, country.Slug, ct: ct), await themes.ListThemesAsync(language.Code, country.Slug, ct), baseUrl),
        SectionDataSets.TradeFigures => SectionDataSets.Trade(language, country, await sections.ListTradeFiguresAsync(language.Code, country.Slug, ct), baseUrl),
        SectionDataSets.TargetDates => SectionDataSets.Dates(language, country, await evaluation.ListRecommendationsAsync(language.Code, country.Slug, ct), baseUrl),
        _ => throw new ArgumentOutOfRangeException(nameof(dataSet), dataSet, "not a data set"),
    };
}
