using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Old addresses listed under <c>aliases:</c> answer a permanent redirect to the page's current address.
/// It runs only after nothing else answered, so a live page can never be shadowed by an alias.
/// </summary>
public sealed class AliasRedirectMiddleware(RequestDelegate next)
{
    private const int MaxPathLength = 512;

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var path = context.Request.Path.Value;
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || path is null || path.Length > MaxPathLength)
        {
            return;
        }

        // Resolved only for a 404: taking the repository as a parameter opened a store context on every request.
        var aliases = context.RequestServices.GetRequiredService<AliasRepository>();
        if (await aliases.FindCurrentAddressAsync(path, context.RequestAborted) is { } target)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = target;
        }
    }
}
