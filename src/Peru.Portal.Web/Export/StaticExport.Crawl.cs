using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Peru.Portal.Web.Export;

/// <summary>The crawl: each address asked of the pipeline, written to its file, and the addresses its page links to queued.</summary>
public sealed partial class StaticExport
{
    private void Enqueue(string path, string from)
    {
        lock (_queue)
        {
            if (_seen.Add(path))
            {
                _queue.Enqueue((path, from));
            }
        }
    }

    /// <summary>
    /// Exports every queued address, and those their pages link to, a few at a time: one page's rendering leaves the
    /// cores idle while its store queries and file writes wait, so on two cores the export takes about half as long.
    /// Each page's bytes are those it would have alone: pages share nothing but the store, which they only read.
    /// </summary>
    private async Task DrainAsync(CancellationToken ct)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2, CancellationToken = ct };
        while (true)
        {
            (string Path, string From)[] batch;
            lock (_queue)
            {
                batch = [.. _queue];
                _queue.Clear();
            }

            if (batch.Length == 0)
            {
                return;
            }

            await Parallel.ForEachAsync(batch, parallel, async (next, token) => await ExportAddressAsync(next.Path, next.From, token));
        }
    }

    private void Problem(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    private async Task ExportAddressAsync(string path, string from, CancellationToken ct)
    {
        var (status, mediaType, body) = await GetAsync(path, ct);
        if (status == StatusCodes.Status301MovedPermanently && _aliases.Contains(path.TrimEnd('/')))
        {
            return; // an old address a page still links to: its redirect page is written with the others
        }

        if (status != StatusCodes.Status200OK)
        {
            Problem($"{path}: answered {status} {ReasonPhrases.GetReasonPhrase(status)} (linked from {from})");
            return;
        }

        switch (mediaType)
        {
            case "text/html":
                await WriteAsync(FileFor(path, page: true), body, ct);
                FollowLinks(path, body);
                if (Interlocked.Increment(ref _pages) is var pages && pages % 100 == 0)
                {
                    lock (_progress)
                    {
                        _progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages} pages exported"));
                    }
                }

                break;
            case "text/css":
                await WriteAsync(FileFor(path, page: false), body, ct);
                Interlocked.Increment(ref _assets);
                foreach (Match reference in CssReference.Matches(Encoding.UTF8.GetString(body)))
                {
                    Follow(path, reference.Groups["ref"].Value);
                }

                break;
            default:
                await WriteAsync(FileFor(path, page: false), body, ct);
                if (_dataAddresses.Contains(path))
                {
                    Interlocked.Increment(ref _dataFiles);
                }
                else
                {
                    Interlocked.Increment(ref _assets);
                }

                break;
        }
    }

    private async Task ExportWithdrawnPageAsync(string path, CancellationToken ct)
    {
        var (status, _, body) = await GetAsync(path, ct);
        if (status != StatusCodes.Status410Gone)
        {
            _problems.Add($"{path}: the address of an expired page answered {status}, not 410");
            return;
        }

        await WriteAsync(FileFor(path, page: true), body, ct);
        _pages++;
    }

    // The 404 pages are the portal's own, asked for at the address they are written to.
    private async Task ExportNotFoundPageAsync(string path, CancellationToken ct)
    {
        lock (_queue)
        {
            _seen.Add(path);
        }

        var (status, _, html) = await GetAsync(path, ct);
        if (status != StatusCodes.Status404NotFound)
        {
            Problem($"{path}: the not-found page answered {status}");
            return;
        }

        await WriteAsync(FileFor(path, page: false), html, ct);
        FollowLinks(path, html);
        Interlocked.Increment(ref _pages);
    }

    /// <summary>
    /// One GET through the host's pipeline, as a client on loopback would send it (<c>http://localhost</c>, no other
    /// header), without an <see cref="HttpClient"/>: its request and response messages, and their copies of the
    /// headers, are of no use to a file.
    /// </summary>
    private async Task<(int Status, string? MediaType, byte[] Body)> GetAsync(string path, CancellationToken ct)
    {
        var address = new Uri(_server.BaseAddress, path);
        var context = await _server.SendAsync(
            c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = PathString.FromUriComponent(address);
            },
            ct);
        using var body = new MemoryStream();
        await context.Response.Body.CopyToAsync(body, ct);
        var mediaType = MediaTypeHeaderValue.TryParse(context.Response.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        return (context.Response.StatusCode, mediaType, body.ToArray());
    }

    private void FollowLinks(string path, byte[] html)
    {
        // Decoded into a rented buffer, not a string: a page's text was otherwise a copy twice its size, made only to be read once.
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(html.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(html, chars);

            // One base for the page's hundred-odd references rather than one parsed for each.
            var page = new Uri($"http://{LocalHost}{path}");
            LinkScanner.Scan(chars.AsSpan(0, length), reference => Follow(page, path, reference));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Follow(string from, string reference) => Follow(new Uri($"http://{LocalHost}{from}"), from, reference);

    private void Follow(Uri page, string from, string reference)
    {
        if (LocalPath(page, reference) is { } path)
        {
            Enqueue(path, from);
        }
    }

    /// <summary>
    /// The path of the local file a reference names, resolved against its page as a browser would (the query and
    /// fragment name no other file); null for another site's address or a <c>data:</c> one.
    /// </summary>
    /// <param name="page">The page's address, on the export's own host.</param>
    /// <param name="reference">An <c>href</c>, <c>src</c> or <c>action</c> as the page gives it.</param>
    public static string? LocalPath(Uri page, string reference)
    {
        // Most references are paths from the root in plain characters ("/fr/perou/projets"): for those a Uri would
        // give the same path back, at a cost that, over every link of every page, was about 2% of an export's CPU.
        if (IsPlainRootPath(reference, out var end))
        {
            return reference[..end];
        }

        if (reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(page, reference, out var resolved)
            || resolved.Scheme != Uri.UriSchemeHttp || resolved.Host != LocalHost)
        {
            return null;
        }

        return resolved.AbsolutePath;
    }

    // "/" and then letters, digits, "-", "_", "." and "/" up to a "?", a "#" or the end, with no "//" (another host, or
    // an empty segment) and no "." or ".." segment: nothing a Uri would unescape, escape or remove.
    private static bool IsPlainRootPath(string reference, out int end)
    {
        end = reference.Length;
        if (reference.Length == 0 || reference[0] != '/')
        {
            return false;
        }

        for (var i = 1; i < reference.Length; i++)
        {
            var c = reference[i];
            if (c is '?' or '#')
            {
                end = i;
                break;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/') || (c == '/' && reference[i - 1] == '/'))
            {
                return false;
            }
        }

        var path = reference.AsSpan(0, end);
        return !(path.Contains("/./", StringComparison.Ordinal) || path.Contains("/../", StringComparison.Ordinal)
            || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal));
    }

    private string FileFor(string path, bool page)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (segments.Any(s => s is "." or ".." || s.Contains('/', StringComparison.Ordinal) || s.Contains('\\', StringComparison.Ordinal)))
        {
            throw new ExportFailedException([$"{path}: not an address that can be a file"]);
        }

        return Path.Combine([_out, .. segments, .. page ? new[] { "index.html" } : []]);
    }

    private async Task WriteAsync(string file, byte[] body, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, body, ct);
        Interlocked.Add(ref _bytes, body.Length);
    }
}
