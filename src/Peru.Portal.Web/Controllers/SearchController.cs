using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Controllers;

public sealed class SearchController(SearchRepository search, CountryRepository countries, ThemeRepository themes, IOptions<SearchOptions> options, IStringLocalizer<SearchPage> text) : Controller
{
    private const int MaxPage = 1000;

    [PageAddress("@search")]
    [EnableRateLimiting(SearchServices.RateLimitPolicy)]
    [ReadsQuery(QueryParameters.Query, QueryParameters.Section, QueryParameters.Theme, QueryParameters.Page)]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] string? section, [FromQuery] string? theme, [FromQuery] string? page, CancellationToken ct)
    {
        var language = HttpContext.Language();
        // Every parameter arrives as text: a hostile value is treated as absent, never as an error.
        var query = SearchQuery.Parse(q);
        var pageNumber = int.TryParse(page, out var p) ? Math.Clamp(p, 1, MaxPage) : 1;
        section = section is { Length: > 0 and <= 64 } ? section : null;
        theme = theme is { Length: > 0 and <= 100 } ? theme : null;
        var size = Math.Clamp(options.Value.PageSize, 1, 100);
        var results = await search.SearchAsync(language.Code, query, section, theme, (pageNumber - 1) * size, size, ct);
        var countryList = await countries.ListCountriesAsync(language.Code, ct);
        var themeList = new List<Theme>();
        foreach (var country in countryList)
        {
            themeList.AddRange(await themes.ListThemesAsync(language.Code, country.Slug, ct));
        }

        return View(SearchPage.From(language, query, section, theme, pageNumber, size, results, themeList, countryList, text));
    }
}
