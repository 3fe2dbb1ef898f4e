using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Infrastructure.PreparedPages;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Pages are rendered once per content version and then served from memory, compressed, with validators
/// (ETag, Last-Modified) and Cache-Control a CDN can act on. Assets whose address carries a fingerprint
/// (<c>?v=</c>, from <c>asp-append-version</c>) are cached for a year.
/// </summary>
public static class HttpCaching
{
    public const string PagesPolicy = "pages";
    public const string ContentTag = "content";

    public static IServiceCollection AddPortalCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CachingOptions>(configuration.GetSection(CachingOptions.Section));
        services.AddPortalPreparedPages();
        var preview = PreviewMode.IsOn(configuration);
        services.AddOutputCache(options =>
        {
            // Bounded, so that hostile query strings cannot grow the cache past it (least recently used goes first).
            options.SizeLimit = (configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new()).OutputCacheMegabytes * 1024L * 1024;
            options.DefaultExpirationTimeSpan = TimeSpan.FromHours(12);
            options.AddPolicy(PagesPolicy, policy => policy
                .Tag(ContentTag)
                .SetVaryByHeader(HeaderNames.AcceptEncoding)

                // The content version is part of the key: a page rendered from the old content while an import
                // commits can only be stored under the old version, never served as the new one.
                .VaryByValue(context => new KeyValuePair<string, string>("content", context.RequestServices.GetRequiredService<ContentState>().Version.ToString(CultureInfo.InvariantCulture)))

                // In preview every page is rendered for each request: an editor's save shows at once, and nothing is kept.
                .With(_ => !preview));
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "image/svg+xml", "text/csv", "application/schema+json"]);
        });

        // Compressed pages are kept in the output cache, so each is compressed once per content version: worth the better ratio.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Between routing and the endpoints: cached pages are answered here without running a controller.</summary>
    public static WebApplication UsePortalCaching(this WebApplication app)
    {
        app.UseMiddleware<AcceptEncodingMiddleware>();

        // The output cache sends the Age of its copy, hours old since pages are kept until the content changes. That
        // copy is the current content's page, as fresh as a new rendering; an Age past max-age would make browsers
        // and CDNs take it as stale on arrival and ask again on every visit. The prepared pages send none either.
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static response => RemoveAge((HttpResponse)response), context.Response);
            return next(context);
        });
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseMiddleware<PageValidatorsMiddleware>();
        return app;
    }

    private static Task RemoveAge(HttpResponse response)
    {
        response.Headers.Remove(HeaderNames.Age);
        return Task.CompletedTask;
    }

    public static StaticFileOptions StaticFiles() => new()
    {
        ContentTypeProvider = ContentTypes(),
        OnPrepareResponse = context =>
        {
            var fingerprinted = context.Context.Request.Query.ContainsKey("v");
            context.Context.Response.Headers.CacheControl = fingerprinted
                ? "public, max-age=31536000, immutable"
                : "public, max-age=86400";
        },
    };

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".woff2"] = "font/woff2";
        return provider;
    }
}

public sealed class CachingOptions
{
    public const string Section = "Portal:Caching";

    /// <summary>How long browsers and CDNs may reuse a page before asking again.</summary>
    public int PageMaxAgeSeconds { get; set; } = 300;

    /// <summary>How long a CDN may keep serving a page while it fetches the new one in the background.</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 3600;

    /// <summary>Memory for rendered pages kept by the portal; the least recently used go first.</summary>
    public int OutputCacheMegabytes { get; set; } = 32;

    /// <summary>Memory for pages answered before routing, each in all three codings; 0 turns that path off.</summary>
    public int PreparedPagesMegabytes { get; set; } = 32;

    /// <summary>How many such pages at most, whatever their size.</summary>
    public int PreparedPagesMaxCount { get; set; } = 20_000;
}

/// <summary>
/// Reduces Accept-Encoding to the one coding the portal will answer with (br, gzip or none), so the output
/// cache keeps at most three copies of a page whatever header a client sends, and each copy matches it.
/// </summary>
public sealed class AcceptEncodingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.ContainsKey(HeaderNames.AcceptEncoding))
        {
            var chosen = Choose(headers.AcceptEncoding);
            if (chosen is null)
            {
                headers.Remove(HeaderNames.AcceptEncoding);
            }
            else
            {
                headers.AcceptEncoding = chosen;
            }
        }

        return next(context);
    }

    internal static string? Choose(Microsoft.Extensions.Primitives.StringValues values)
    {
        if (!StringWithQualityHeaderValue.TryParseList(values, out var codings))
        {
            return null;
        }

        double Quality(string name) => codings
            .Where(c => c.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || c.Value.Equals("*", StringComparison.Ordinal))
            .Select(c => c.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();

        var brotli = Quality("br");
        var gzip = Quality("gzip");
        if (brotli <= 0 && gzip <= 0)
        {
            return null;
        }

        return brotli >= gzip ? "br" : "gzip";
    }
}

/// <summary>
/// Adds validators and Cache-Control to pages as they are rendered (so the output cache stores them too) and
/// answers a matching If-None-Match with 304. The ETag is weak: it is taken over the uncompressed page, and the
/// brotli and gzip copies of it are the same page. Last-Modified is the last import, which no page's content
/// can be newer than. The output cache answers conditional requests for the pages it holds.
/// </summary>
public sealed class PageValidatorsMiddleware(RequestDelegate next, ContentState state, Microsoft.Extensions.Options.IOptions<CachingOptions> options)
{
    private readonly string _cacheControl = string.Create(CultureInfo.InvariantCulture,
        $"public, max-age={options.Value.PageMaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}");

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || context.GetEndpoint()?.Metadata.GetMetadata<IOutputCachePolicy>() is null)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;

        // A HEAD is rendered as the GET it stands for: file results skip the body of a HEAD, and the ETag and
        // length must be those of the GET. Nothing reaches the client until the method is HEAD again, and
        // Kestrel leaves out the body of a HEAD whatever is written.
        var head = HttpMethods.IsHead(request.Method);
        if (head)
        {
            request.Method = HttpMethods.Get;
        }

        // Readers who ask for a page while it renders wait for this rendering and are handed its outcome (the
        // output cache's locking). If this reader leaves, the rendering goes on, so they get the page, not the
        // cancellation of this reader's queries.
        var aborted = context.RequestAborted;
        context.RequestAborted = CancellationToken.None;
        try
        {
            await next(context);
        }
        finally
        {
            context.RequestAborted = aborted;
            response.Body = original;
            if (head)
            {
                request.Method = HttpMethods.Head;
            }
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..12]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"", isWeak: true);
            var headers = response.GetTypedHeaders();
            headers.ETag = tag;
            if (state.LastImport is { } imported)
            {
                headers.LastModified = DateTimeOffset.FromUnixTimeSeconds(imported.ToUnixTimeSeconds());
            }

            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                response.Headers.CacheControl = _cacheControl;
            }

            // Also on an uncompressed answer: a shared cache must not hand it to clients that asked for brotli.
            response.Headers.Vary = HeaderNames.AcceptEncoding;

            if (NotModified(request.GetTypedHeaders(), tag, headers.LastModified))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }

            context.Features.Get<PreparedPages.PageCapture>()?.Take(context, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }

        // An empty error answer is left without a length, so the status code pages can still write the error page.
        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
            buffer.Position = 0;

            // Whole already, and perhaps awaited by others: written out even if this reader has left.
            await buffer.CopyToAsync(original, CancellationToken.None);
        }
    }

    /// <summary>RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it.</summary>
    internal static bool NotModified(Microsoft.AspNetCore.Http.Headers.RequestHeaders request, EntityTagHeaderValue tag, DateTimeOffset? lastModified) =>
        request.IfNoneMatch is { Count: > 0 } wanted
            ? wanted.Any(w => w.Equals(EntityTagHeaderValue.Any) || w.Compare(tag, useStrongComparison: false))
            : lastModified is { } modified && request.IfModifiedSince is { } since && modified <= since;
}
