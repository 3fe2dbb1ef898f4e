using Serilog.Context;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Adds the request id and path to every event logged while the ordinary path answers, as the host's request scope
/// did before it was turned off for the sake of the prepared pages (<see cref="LoggingServices"/>).
/// </summary>
public sealed class RequestLogContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using (LogContext.PushProperty("RequestId", context.TraceIdentifier))
        using (LogContext.PushProperty("RequestPath", context.Request.Path.Value))
        {
            await next(context);
        }
    }
}
