using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class ProjectsController(
    CountryRepository countries,
    ProjectRepository projects,
    ThemeRepository themes,
    IOptions<PortalOptions> options,
    IStringLocalizer<ProjectsPage> listText,
    IStringLocalizer<ProjectPage> projectText,
    IStringLocalizer<FundingText> money,
    IStringLocalizer<ChartText> chartText) : Controller
{
    [PageAddress("{country:slug}/@projects")]
    [OpenData.DataSetPage("projects")]
    [ReadsQuery(QueryParameters.Theme, QueryParameters.Scope, QueryParameters.Sort, QueryParameters.Direction)]
    public async Task<IActionResult> Index(string country, string? sort, string? dir, string? theme, string? scope, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found)
        {
            return NotFound();
        }

        var themeList = await themes.ListThemesAsync(language.Code, country, ct);
        if (ProjectsQuery.Parse(sort, dir, theme, scope, themeList) is not { } query)
        {
            return NotFound();
        }

        return View(ProjectsPage.From(language, found, await projects.ListProjectsAsync(language.Code, country, ct: ct), themeList, query, listText, money, chartText));
    }

    [PageAddress("{country:slug}/@projects/{slug:slug}")]
    public async Task<IActionResult> Project(string country, string slug, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found
            || await projects.GetProjectAsync(language.Code, country, slug, ct) is not { } project)
        {
            return NotFound();
        }

        return View(ProjectPage.From(language, found, project, await themes.GetThemeAsync(language.Code, country, project.ThemeSlug, ct), options.Value.BaseUrl, projectText, money));
    }
}
