using Microsoft.Extensions.Primitives;

namespace Peru.Portal.Web.Infrastructure.PreparedPages;

/// <summary>
/// The headers of one prepared answer, sorted once when the page is prepared: those Kestrel keeps in fields of its
/// own (Content-Type, Cache-Control, ETag, Last-Modified, Vary, Content-Language) are set through the typed
/// properties, which skip the name lookup; the rest (the security headers, Link, Content-Disposition) through the
/// indexer, in the order the ordinary path wrote them. The values are the ordinary path's own, kept as they are.
/// </summary>
public sealed class PreparedHeaders
{
    private readonly StringValues _contentType;
    private readonly StringValues _cacheControl;
    private readonly StringValues _etag;
    private readonly StringValues _lastModified;
    private readonly StringValues _vary;
    private readonly StringValues _contentLanguage;
    private readonly KeyValuePair<string, StringValues>[] _others;

    public PreparedHeaders(IReadOnlyList<KeyValuePair<string, StringValues>> headers)
    {
        var others = new List<KeyValuePair<string, StringValues>>();
        foreach (var (name, value) in headers)
        {
            // Header names are case-insensitive; each appears once in a header dictionary.
            switch (name.ToLowerInvariant())
            {
                case "content-type": _contentType = value; break;
                case "cache-control": _cacheControl = value; break;
                case "etag": _etag = value; break;
                case "last-modified": _lastModified = value; break;
                case "vary": _vary = value; break;
                case "content-language": _contentLanguage = value; break;
                default: others.Add(new(name, value)); break;
            }
        }

        _others = [.. others];
        All = [.. headers];
    }

    /// <summary>Every header, as it was given: what tests compare.</summary>
    public IReadOnlyList<KeyValuePair<string, StringValues>> All { get; }

    public void WriteTo(IHeaderDictionary headers)
    {
        // Kestrel's typed setters write a field; the indexer first finds the name. An empty value is not written:
        // the page did not have that header.
        if (_contentType.Count > 0)
        {
            headers.ContentType = _contentType;
        }

        if (_cacheControl.Count > 0)
        {
            headers.CacheControl = _cacheControl;
        }

        if (_etag.Count > 0)
        {
            headers.ETag = _etag;
        }

        if (_lastModified.Count > 0)
        {
            headers.LastModified = _lastModified;
        }

        if (_vary.Count > 0)
        {
            headers.Vary = _vary;
        }

        if (_contentLanguage.Count > 0)
        {
            headers.ContentLanguage = _contentLanguage;
        }

        foreach (var (name, value) in _others)
        {
            headers[name] = value;
        }
    }
}
