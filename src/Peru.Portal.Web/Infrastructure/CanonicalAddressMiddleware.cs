using System.Text.RegularExpressions;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// One address per page. Addresses are retyped from print with capitals, and links gain a trailing slash:
/// routing would answer both with a second copy of the page (or, for a slug, a 404). A path that differs from
/// an address the content answers only in letter case or trailing slashes gets a 301 to that address, its query
/// string kept. Nothing else is guessed: any other path goes on as it came (old addresses are the aliases' job).
/// </summary>
public sealed partial class CanonicalAddressMiddleware(RequestDelegate next, ContentState state)
{
    private const int MaxPathLength = 512;

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is not { Length: > 1 and <= MaxPathLength }
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || !(path.EndsWith('/') || path.Any(char.IsAsciiLetterUpper)))
        {
            return next(context);
        }

        var canonical = path.TrimEnd('/').ToLowerInvariant();
        if (canonical.Length == 0 || canonical == path || !IsAddress(canonical))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = canonical + context.Request.QueryString.Value;
        return Task.CompletedTask;
    }

    private bool IsAddress(string path)
    {
        if (state.Addresses.Contains(path))
        {
            return true;
        }

        // Later pages of a fiscal year are navigation, not published addresses; their year is one.
        var paged = PagedAddress().Match(path);
        return paged.Success && state.Addresses.Contains(paged.Groups["list"].Value);
    }

    [GeneratedRegex("^(?<list>/.+)/[a-z]+/[1-9][0-9]{0,5}$")]
    private static partial Regex PagedAddress();
}
