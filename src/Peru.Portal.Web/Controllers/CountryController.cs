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
        if (await countries.GetCountryAsync(country, ct) is not { } found)
        {
            return NotFound();
        }

        var counts = await countries.CountItemsAsync(country, ct);
        return View(CountryPage.From(
            found,
            await sections.ListSectionsAsync(country, ct),
            counts.Themes,
            await achievements.ListFiscalYearsAsync(country, ct),
            counts.Achievements,
            counts.Projects,
            counts.Recommendations,
            text));
    }
}
