using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Peru.Portal.Web.Infrastructure.PreparedPages;

/// <summary>
/// Set on a request the prepared pages could not answer; the page validators hand it the page's uncompressed
/// body once it is rendered, with what its endpoint reads of the query. Only pages the output cache keeps, and not
/// the rate-limited ones (search): each request there must count against its client's limit.
/// </summary>
public sealed class PageCapture
{
    public byte[]? Identity { get; private set; }

    public IReadOnlyList<string> Reads { get; private set; } = [];

    public void Take(HttpContext context, ReadOnlySpan<byte> body)
    {
        if (context.GetEndpoint() is not { } endpoint
            || endpoint.Metadata.GetMetadata<IOutputCachePolicy>() is null
            || endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null)
        {
            return;
        }

        Identity = body.ToArray();
        Reads = endpoint.Metadata.GetMetadata<ReadsQueryAttribute>()?.Names ?? [];
    }
}
