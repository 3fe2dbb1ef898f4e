using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Infrastructure.PreparedPages;

/// <summary>
/// A page as it was answered once for the current content, ready to be written again as it is: its body in each
/// coding, and every header of the answer (validators, caching, security) worked out when it was rendered.
/// </summary>
public sealed class PreparedPage
{
    // Representation headers: a 304 says the client's copy is still good and does not describe the body again
    // (RFC 9110 15.4.5), as the output cache leaves them out of the 304s it answers. The Link to a data file's
    // schema describes the body too.
    private static readonly HashSet<string> NotIn304 = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentType, HeaderNames.LastModified, HeaderNames.ContentDisposition, HeaderNames.ContentLanguage, HeaderNames.Link,
    };

    public PreparedPage(IReadOnlyList<KeyValuePair<string, StringValues>> headers, Language? remembers, EntityTagHeaderValue etag, DateTimeOffset? lastModified, Body identity, Body brotli, Body gzip)
    {
        Headers = new(headers);
        NotModifiedHeaders = new([.. headers.Where(h => !NotIn304.Contains(h.Key))]);
        Remembers = remembers;
        ETag = etag;
        LastModified = lastModified;
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
    }

    /// <summary>Every header of the 200 answer except those of one coding (length, coding) and those of the moment (Date, Age).</summary>
    public PreparedHeaders Headers { get; }

    public PreparedHeaders NotModifiedHeaders { get; }

    /// <summary>The language whose home the address is under: a reader who would be given the language cookie
    /// here (another remembered or preferred language) takes the ordinary path, which writes it.</summary>
    public Language? Remembers { get; }

    public EntityTagHeaderValue ETag { get; }

    public DateTimeOffset? LastModified { get; }

    public Body Identity { get; }

    public Body Brotli { get; }

    public Body Gzip { get; }

    public long Bytes => Identity.Bytes.Length + Brotli.Bytes.Length + Gzip.Bytes.Length;

    public Body For(string? coding) => coding switch
    {
        "br" => Brotli,
        "gzip" => Gzip,
        _ => Identity,
    };

    /// <summary>One coding of the page; <see cref="Coding"/> is null for the identity.</summary>
    public sealed record Body(byte[] Bytes, string? Coding);
}
