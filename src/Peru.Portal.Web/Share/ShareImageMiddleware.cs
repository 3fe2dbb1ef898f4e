using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Share;

/// <summary>
/// <c>{page}/share.png</c>: the share image of any published page (<c>/en/peru/share.png</c>,
/// <c>/fr/perou/realisations/2011-2012/{slug}/share.png</c>), in the page's language. A stable address whose
/// image follows the page: cached for a day, with an entity tag naming what it shows so a client revalidates
/// cheaply (304). Anything that is not a published page's image passes on (and ends as the usual 404).
/// </summary>
public sealed class ShareImageMiddleware(RequestDelegate next, ShareImages images)
{
    public const string Suffix = "/share.png";

    public async Task InvokeAsync(HttpContext context, PageIndexRepository pages)
    {
        var path = context.Request.Path.Value ?? "";
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || !path.EndsWith(Suffix, StringComparison.Ordinal) || path.Length <= Suffix.Length
            || await pages.FindPageAsync(path[..^Suffix.Length], context.RequestAborted) is not { } page)
        {
            await next(context);
            return;
        }

        var (png, etag) = await images.GetAsync(new ShareCard(page.ShareTitle, page.ShareFigure), context.RequestAborted);
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, max-age=86400";
        // If-None-Match compares weakly (RFC 9110, 13.1.2): "x" and W/"x" match alike.
        var tag = Microsoft.Net.Http.Headers.EntityTagHeaderValue.Parse(etag);
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(Microsoft.Net.Http.Headers.EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "image/png";
        response.ContentLength = png.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.Body.WriteAsync(png, context.RequestAborted);
        }
    }
}

/// <summary>A page's share image, as its head names it: the image's address and a text alternative of what it shows.</summary>
public sealed record ShareImageLink(string Path, string Alt)
{
    public static ShareImageLink For(PublishedPage page) =>
        new(page.Path + ShareImageMiddleware.Suffix, string.Join(" — ", new[] { ShareImages.SiteName, page.ShareTitle, page.ShareFigure }.Where(s => !string.IsNullOrEmpty(s))));
}

public static class ShareServices
{
    /// <summary>The folder is <c>Portal:ShareImages:Folder</c>, else <c>share-images</c> beside the store's file (where the store would be, for one in memory).</summary>
    public static IServiceCollection AddPortalShareImages(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Portal:ShareImages:Folder"];
        if (string.IsNullOrWhiteSpace(folder))
        {
            var store = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configuration.GetConnectionString("Portal") ?? "");
            var storeFolder = store.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || store.DataSource is "" or ":memory:"
                ? Path.Combine(environment.ContentRootPath, "App_Data")
                : Path.GetDirectoryName(Path.GetFullPath(store.DataSource))!;
            folder = Path.Combine(storeFolder, "share-images");
        }

        return services.AddSingleton(new ShareImages(folder));
    }
}
