using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Gives every page its twins in the other languages (the toggle, hreflang) before the view renders, so that the
/// layout only reads its model and never queries the store. A published page's twins are looked up by the key it
/// shares with them; a page that is not published (search, errors, later pages of a year) says how to find its own.
/// </summary>
public sealed class PageAlternatesFilter(PageIndexRepository pages, LanguageTable languages) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is ViewResult { Model: IPortalPage { Chrome: { Alternates.Count: 0 } chrome } })
        {
            var others = languages.OthersThan(chrome.Language);
            if (chrome.AlternateFor is { } alternateFor)
            {
                chrome.Alternates = [.. others.Select(l => new Alternate(l, alternateFor(l)))];
            }
            else
            {
                var path = chrome.TwinsOf ?? chrome.Path;
                var family = await pages.FindWithTwinsAsync(path, context.HttpContext.RequestAborted);
                var twins = family.Where(p => p.Path != path).ToDictionary(p => p.Language, p => p.Path);
                if (chrome.TwinsOf is null && family.FirstOrDefault(p => p.Path == path) is { } page)
                {
                    chrome.ShareImage = Share.ShareImageLink.For(page);
                }

                chrome.Alternates = [.. others.Select(l => new Alternate(l,
                    twins.TryGetValue(l.Code, out var twin) ? (chrome.FromTwin?.Invoke(l, twin) ?? twin) : Addresses.Home(l)))];
            }
        }

        await next();
    }
}
