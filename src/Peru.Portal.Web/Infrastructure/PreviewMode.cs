using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// <c>Portal:Preview=true</c>: the portal shows editors drafts, scheduled and expired pages (the import withholds
/// nothing), says on every page what readers would see, and keeps every answer out of caches and search engines.
/// </summary>
public static class PreviewMode
{
    public static bool IsOn(IConfiguration configuration) => configuration.GetValue<bool>($"{PortalOptions.Section}:{nameof(PortalOptions.Preview)}");

    public static IServiceCollection AddPortalPreview(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsOn(configuration))
        {
            services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc => mvc.Filters.Add<PreviewBannerFilter>());

            // A prepared page would answer an editor's next request with what was rendered before the save.
            services.PostConfigure<CachingOptions>(caching => caching.PreparedPagesMegabytes = 0);
        }

        return services;
    }

    /// <summary>First, so every answer (pages, feeds, open data, errors, files) carries the headers.</summary>
    public static WebApplication UsePortalPreview(this WebApplication app)
    {
        if (IsOn(app.Configuration))
        {
            app.UseMiddleware<PreviewHeadersMiddleware>();
        }

        return app;
    }
}

/// <summary>Neither a CDN, a browser nor a search engine keeps or indexes what an editor previews.</summary>
public sealed class PreviewHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.ETag);
            headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.LastModified);
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>Gives every page its preview banner before the view renders, from what the import recorded (no store query).</summary>
public sealed class PreviewBannerFilter(ContentState state, IStringLocalizer<PreviewBanner> text) : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ViewResult { Model: IPortalPage { Chrome: var chrome } })
        {
            chrome.Preview = PreviewBanner.For(chrome.Language, state.Publication.Notices.GetValueOrDefault(chrome.Path), text);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
