using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Peru.Portal.Web.Infrastructure.PreparedPages;

/// <summary>
/// The pages prepared for one content version. A page is looked up by its exact path, the canonical form of the
/// query parameters its address reads, and the scheme (HSTS is sent over HTTPS only). When the content version
/// changes every page goes at once: the next lookup or store starts an empty set for the new version.
/// Bounded in bytes and in count; once full it takes no more pages until the next import, and those pages are
/// still answered by the output cache behind it.
/// </summary>
public sealed class PreparedPageStore(IOptions<CachingOptions> options)
{
    private readonly long _byteLimit = Math.Max(0, options.Value.PreparedPagesMegabytes) * 1024L * 1024;
    private readonly int _countLimit = Math.Max(0, options.Value.PreparedPagesMaxCount);
    private volatile Generation _current = new(-1);
    private long _served;

    public bool Enabled => _byteLimit > 0 && _countLimit > 0;

    /// <summary>Answers served from here since start: how tests tell the prepared path from the ordinary one.</summary>
    public long Served => Interlocked.Read(ref _served);

    /// <summary>Pages held for the current content version.</summary>
    public int Count => _current.Pages.Count;

    public bool TryFind(int version, string path, HttpRequest request, out PreparedPage page)
    {
        page = null!;
        var generation = Current(version);
        if (generation is null || generation.Pages.IsEmpty)
        {
            return false;
        }

        var canonical = "";
        if (request.QueryString.HasValue)
        {
            // The same canonical form the query normalization gives after routing: tracking parameters and
            // malformed values dropped, so they find the same page. The query is parsed only for a page that reads
            // one: a flood of unique tracking parameters on any other page costs no parsing at all.
            if (!generation.Reads.TryGetValue(path, out var declared))
            {
                return false;
            }

            canonical = declared.Count == 0 ? "" : QueryParameters.Canonical(request.Query, declared).Value ?? "";
        }

        return generation.Pages.TryGetValue(new Key(path, canonical, request.IsHttps), out page!);
    }

    public void CountServed() => Interlocked.Increment(ref _served);

    public void Store(int version, string path, bool https, string canonicalQuery, IReadOnlyList<string> reads, PreparedPage page)
    {
        if (Current(version) is not { } generation)
        {
            return;
        }

        lock (generation)
        {
            if (generation.Bytes + page.Bytes > _byteLimit || generation.Pages.Count >= _countLimit)
            {
                return;
            }

            if (generation.Pages.TryAdd(new Key(path, canonicalQuery, https), page))
            {
                generation.Reads.TryAdd(path, reads);
                generation.Bytes += page.Bytes;
            }
        }
    }

    /// <summary>The set for <paramref name="version"/>, started if it is newer than the one held; null for an older version.</summary>
    private Generation? Current(int version)
    {
        var current = _current;
        if (current.Version == version)
        {
            return current;
        }

        if (version < current.Version)
        {
            return null;
        }

        var started = new Generation(version);
        var seen = Interlocked.CompareExchange(ref _current, started, current);
        return seen == current ? started : Current(version);
    }

    private readonly record struct Key(string Path, string Query, bool Https);

    private sealed class Generation(int version)
    {
        public int Version { get; } = version;

        public ConcurrentDictionary<Key, PreparedPage> Pages { get; } = new();

        /// <summary>The query parameters each path reads, to put a request's query in canonical form before the lookup.</summary>
        public ConcurrentDictionary<string, IReadOnlyList<string>> Reads { get; } = new(StringComparer.Ordinal);

        public long Bytes { get; set; }
    }
}
