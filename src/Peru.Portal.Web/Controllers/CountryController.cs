using Peru.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Controllers;

public sealed class CountryController(
    CountryRepository countries,
    SectionRepository sections,
    AchievementRepository achievements,
    IStringLocalizer<CountryPage> text) : Controller
{
    [PageAddress("{country:slug}")]
    public async Task<IActionResult> Overview(string country, CancellationToken ct)
    {
        var language = HttpContext.Language();
        if (await countries.GetCountryAsync(language.Code, country, ct) is not { } found)
        {
            return NotFound();
        }

        var counts = await countries.CountItemsAsync(language.Code, country, ct);
        return View(CountryPage.From(language, 
            found,
            await sections.ListSectionsAsync(language.Code, country, ct),
            counts.Themes,
            await achievements.ListFiscalYearsAsync(language.Code, country, ct),
            counts.Achievements,
            counts.Projects,
            counts.Recommendations,
            text));
    }
}
