using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Infrastructure.PreparedPages;

/// <summary>
/// Answers a page already rendered for the current content before routing, localization, MVC and the output
/// cache run: its stored body in the coding the client accepts, and its headers as the ordinary path gave them
/// (validators, caching, security), 304 to a matching conditional request, no body to a HEAD. Anything that could
/// answer differently takes the ordinary path: another method, an Authorization header, a query the page does not
/// read in canonical form, a reader who would be given the language cookie, a page not prepared yet (which it then
/// prepares from what the ordinary path rendered), and every request while each request is to be logged.
/// </summary>
public sealed class PreparedPageMiddleware(
    RequestDelegate next,
    PreparedPageStore store,
    ContentState state,
    LanguageTable languages,
    IOptions<BrotliCompressionProviderOptions> brotli,
    IOptions<GzipCompressionProviderOptions> gzip,
    Serilog.ILogger? logger = null)
{
    // Headers of one coding or of the moment, written per answer.
    private static readonly HashSet<string> PerAnswer = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.ContentEncoding, HeaderNames.TransferEncoding, HeaderNames.Date,
        HeaderNames.Age, HeaderNames.SetCookie, HeaderNames.Server,
    };


    // Clients send a handful of distinct Accept-Encoding values; each is parsed once. Bounded, since a client
    // may send any value: past the bound, a value is parsed on each request.
    private static readonly ConcurrentDictionary<string, string> Codings = new(StringComparer.Ordinal);
    private const int MaxCodings = 64;

    // Request logging writes a line per request only at Debug; then the ordinary path must see every request.
    private readonly Serilog.ILogger _requestLog = (logger ?? Serilog.Log.Logger).ForContext(Serilog.Core.Constants.SourceContextPropertyName, "Serilog.AspNetCore.RequestLoggingMiddleware");

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!store.Enabled
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || request.Path.Value is not { Length: > 0 } path
            || _requestLog.IsEnabled(Serilog.Events.LogEventLevel.Debug))
        {
            return next(context);
        }

        var version = state.Version;
        if (store.TryFind(version, path, request, out var page)
            && (page.Remembers is null || LocalizationServices.CookieNames(request, page.Remembers) || LocalizationServices.PreferredLanguage(request, languages) == page.Remembers))
        {
            store.CountServed();
            return AnswerAsync(context, page);
        }

        return RenderAsync(context, version, path);
    }

    private static Task AnswerAsync(HttpContext context, PreparedPage page)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;
        if ((request.Headers.ContainsKey(HeaderNames.IfNoneMatch) || request.Headers.ContainsKey(HeaderNames.IfModifiedSince))
            && PageValidatorsMiddleware.NotModified(request.GetTypedHeaders(), page.ETag, page.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            page.NotModifiedHeaders.WriteTo(headers);

            // As the ordinary path's redirect rule gives every 3xx answer to a HEAD (HeadRedirectLengthMiddleware).
            if (HttpMethods.IsHead(request.Method))
            {
                response.ContentLength = 0;
            }

            return Task.CompletedTask;
        }

        var body = page.For(Coding(request.Headers.AcceptEncoding));
        page.Headers.WriteTo(headers);
        if (body.Coding is { } coding)
        {
            headers.ContentEncoding = coding;
        }

        response.ContentLength = body.Bytes.Length;
        if (HttpMethods.IsHead(request.Method))
        {
            return Task.CompletedTask;
        }

        // The headers first, then the body straight behind them in the connection's output buffer: a body written
        // before the response starts is held by Kestrel in buffers of its own and copied again behind the headers.
        // Neither step flushes, so the server still sends headers and body in one write when the request ends, and
        // nothing awaits on the way (no state machine) unless a callback registered to run on starting does.
        var started = response.StartAsync();
        if (!started.IsCompletedSuccessfully)
        {
            return WriteWhenStartedAsync(started, response, body.Bytes);
        }

        response.BodyWriter.Write(body.Bytes);
        return Task.CompletedTask;
    }

    private static async Task WriteWhenStartedAsync(Task started, HttpResponse response, byte[] body)
    {
        await started;
        response.BodyWriter.Write(body);
    }

    private static string? Coding(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0)
        {
            return null;
        }

        if (acceptEncoding.Count > 1 || acceptEncoding[0] is not { } value)
        {
            return AcceptEncodingMiddleware.Choose(acceptEncoding);
        }

        if (Codings.TryGetValue(value, out var known))
        {
            return known.Length == 0 ? null : known;
        }

        var chosen = AcceptEncodingMiddleware.Choose(acceptEncoding);
        if (Codings.Count < MaxCodings)
        {
            Codings.TryAdd(value, chosen ?? "");
        }

        return chosen;
    }

    private async Task RenderAsync(HttpContext context, int version, string path)
    {
        var capture = new PageCapture();
        context.Features.Set(capture);
        await next(context);

        var response = context.Response;
        if (capture.Identity is not { } identity
            || response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || !CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var cacheControl) || !cacheControl.Public
            || !EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var etag))
        {
            return;
        }

        var headers = response.Headers.Where(h => !PerAnswer.Contains(h.Key)).ToList();
        var page = new PreparedPage(
            headers,
            languages.HomeOf(new PathString(path)),
            etag,
            response.GetTypedHeaders().LastModified,
            new(identity, null),
            new(Compress(identity, output => new BrotliStream(output, brotli.Value.Level, leaveOpen: true)), "br"),
            new(Compress(identity, output => new GZipStream(output, gzip.Value.Level, leaveOpen: true)), "gzip"));

        // The query as the query normalization left it: the canonical form of what the page reads.
        store.Store(version, path, context.Request.IsHttps, context.Request.QueryString.Value ?? "", capture.Reads, page);
    }

    // Once per page and content version, with the levels the response compression uses, so a prepared answer
    // carries the same bytes the ordinary path would.
    private static byte[] Compress(byte[] identity, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(identity);
        }

        return output.ToArray();
    }
}

public static class PreparedPageServices
{
    public static IServiceCollection AddPortalPreparedPages(this IServiceCollection services)
    {
        services.AddSingleton<PreparedPageStore>();
        return services;
    }

    /// <summary>As early as possible: only the forwarded headers come first, since the scheme (HSTS) is part of a page's key.</summary>
    public static WebApplication UsePortalPreparedPages(this WebApplication app)
    {
        app.UseMiddleware<PreparedPageMiddleware>();
        return app;
    }
}
