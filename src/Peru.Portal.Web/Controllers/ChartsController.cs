using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

/// <summary>
/// Each chart as an SVG file beside the page that shows it, made from the same model as the page, so a journalist
/// who downloads it gets the page's picture with its title, source and date written inside.
/// </summary>
public sealed class ChartsController(
    CountryRepository countries,
    SectionRepository sections,
    ProjectRepository projects,
    AchievementRepository achievements,
    ThemeRepository themes,
    IOptions<PortalOptions> options,
    IStringLocalizer<DisbursementsPage> disbursementsText,
    IStringLocalizer<ChartText> text) : Controller
{
    [PageAddress("{country:slug}/@disbursements.svg")]
    public Task<IActionResult> Disbursements(string country, CancellationToken ct) =>
        Answer(country, Addresses.Disbursements, async (language, found) =>
            await sections.GetSectionAsync(language.Code, country, "disbursements", ct) is { } page
                ? DisbursementsPage.From(language, found, page, await sections.ListDisbursementsAsync(language.Code, country, ct), disbursementsText, text).Chart
                : null,
            ct);

    [PageAddress("{country:slug}/@projects.svg")]
    public Task<IActionResult> Projects(string country, CancellationToken ct) => ProjectChart(country, 0, ct);

    [PageAddress("{country:slug}/@projects/@periods.svg")]
    public Task<IActionResult> ProjectPeriods(string country, CancellationToken ct) => ProjectChart(country, 1, ct);

    [PageAddress("{country:slug}/@relations.svg")]
    public Task<IActionResult> Trade(string country, CancellationToken ct) =>
        Answer(country, Addresses.Relations, async (language, found) =>
            await sections.GetSectionAsync(language.Code, country, "relations", ct) is { } page
                ? TradeChart.From(language, found, page, await sections.ListTradeFiguresAsync(language.Code, country, ct), Sources.Of(language, found), text)
                : null,
            ct);

    [PageAddress("{country:slug}/@achievements.svg")]
    public Task<IActionResult> Achievements(string country, CancellationToken ct) =>
        Answer(country, Addresses.Achievements, async (language, found) => AchievementsChart.From(
            language,
            found,
            await achievements.CountByYearAndThemeAsync(language.Code, country, ct),
            await themes.ListThemesAsync(language.Code, country, ct),
            await achievements.LastModifiedAsync(language.Code, country, ct: ct),
            text)?.Figure,
            ct);

    // Both project charts are drawn from every project: the file is the unfiltered table's picture.
    private Task<IActionResult> ProjectChart(string country, int which, CancellationToken ct) =>
        Answer(country, Addresses.Projects, async (language, found) =>
        {
            var charts = ProjectCharts.From(
                language,
                found,
                await projects.ListProjectsAsync(language.Code, country, ct: ct),
                await themes.ListThemesAsync(language.Code, country, ct),
                Sources.Of(language, found),
                text);
            return charts.Count > which ? charts[which] : null;
        },
            ct);

    private async Task<IActionResult> Answer(string country, Func<Language, string, string> pageOf, Func<Language, Country, Task<ChartFigure?>> build, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found)
        {
            return NotFound();
        }

        // A chart's address, once published, keeps answering: when its page has nothing to draw (every row a draft,
        // say), the file says so instead of becoming a 404.
        var chart = await build(language, found) ?? new ChartFigure(
            "empty-chart",
            text["No figures to draw"],
            "",
            text["This chart has no figures: its page lists none at the moment."],
            "",
            null,
            "",
            Request.Path.Value ?? "",
            null,
            new BarChartBody([]));

        var page = options.Value.BaseUrl.TrimEnd('/') + pageOf(language, found.Slug);
        var svg = ChartSvg.File(chart, chart.Draw(Measure.File), language.Code, page);
        Response.Headers.ContentDisposition = $"inline; filename=\"{country}-{Path.GetFileName(Request.Path.Value)}\"";
        return File(svg, "image/svg+xml; charset=utf-8");
    }
}
