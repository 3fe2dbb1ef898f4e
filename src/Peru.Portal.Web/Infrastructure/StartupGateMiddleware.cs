using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// The server listens while the content is still being imported at start (<see cref="StartupImport"/>): a request
/// that arrives then waits for the content rather than being refused, and is answered as any other once it is in.
/// <c>/healthz</c> does not wait, so that a probe learns at once that the content is not loaded yet (503). After the
/// start this is two field reads per request.
/// </summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupImport startup)
{
    /// <summary>
    /// Longer than a start-up import of the real content takes (under a second) or of a set ten times its size, shorter
    /// than clients and proxies wait for an answer (nginx: 60 s): past it the reader is asked to try again.
    /// </summary>
    internal static readonly TimeSpan MostWait = TimeSpan.FromSeconds(10);

    private const string Starting = """
        The portal is starting: try again in a moment.
        Le portail démarre : réessayez dans un instant.
        El portal se está iniciando: vuelva a intentarlo en un momento.
        """;

    public Task InvokeAsync(HttpContext context) =>
        startup.IsServing || context.Request.Path.StartsWithSegments(Health.HealthServices.Path, StringComparison.OrdinalIgnoreCase)
            ? next(context)
            : WaitAsync(context);

    private async Task WaitAsync(HttpContext context)
    {
        try
        {
            await startup.Completion.WaitAsync(MostWait, context.RequestAborted);
        }
        catch (TimeoutException)
        {
            // Still importing: answered below.
        }
        catch (OperationCanceledException)
        {
            // The reader left; nothing to answer.
            return;
        }

        if (startup.IsServing)
        {
            await next(context);
            return;
        }

        // Still starting, or the content had problems and the portal is about to stop: never a page of no content.
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "1";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentLanguage = "en, fr, es";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(Starting, context.RequestAborted);
    }
}
