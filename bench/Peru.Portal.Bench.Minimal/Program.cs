using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

// The ceiling of this stack for bench/http/run.sh: Kestrel writing the portal's own bytes for each page, with no
// middleware at all. Every page is read into memory at start from the folder nginx serves (page.html and its
// .br and .gz twins, saved from the portal's answers), and answered by path with the coding the client names.
//
//   dotnet Peru.Portal.Bench.Minimal.dll ROOT [--portal-headers]   (listens where ASPNETCORE_URLS says)
//
// By default it writes the few headers a page needs (type, length, coding, Vary). With --portal-headers it writes,
// for each page, every header the portal wrote for it (page.html.headers, the portal's answer as curl -D saved it),
// through the same typed properties and indexer the portal uses: what Kestrel itself costs to write the portal's
// response, so that the portal can be compared with the app doing that and nothing else.
if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]) || (args.Length == 2 && args[1] != "--portal-headers"))
{
    Console.Error.WriteLine("usage: Peru.Portal.Bench.Minimal ROOT [--portal-headers]");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var portalHeaders = args.Length == 2;
var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).ToDictionary(
    file => "/" + Path.GetRelativePath(root, file)[..^".html".Length].Replace(Path.DirectorySeparatorChar, '/'),
    file => new Page(File.ReadAllBytes(file), ReadIfAny(file + ".br"), ReadIfAny(file + ".gz"), portalHeaders ? SavedHeaders(file + ".headers") : null),
    StringComparer.Ordinal);

// The slim builder reads ASPNETCORE_URLS; no logging, as the portal logs nothing per request at Warning.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
StringValues html = "text/html; charset=utf-8", vary = HeaderNames.AcceptEncoding, br = "br", gzip = "gzip";
app.Run(async context =>
{
    if (context.Request.Path.Value is not { } path || !pages.TryGetValue(path, out var page))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    // As nginx's brotli_static and gzip_static do: a coding named at all is taken, brotli first.
    var accepts = context.Request.Headers.AcceptEncoding.ToString();
    var (body, coding) = page.Brotli is { } b && accepts.Contains("br", StringComparison.Ordinal) ? (b, br)
        : page.Gzip is { } g && accepts.Contains("gzip", StringComparison.Ordinal) ? (g, gzip)
        : (page.Identity, StringValues.Empty);
    var headers = context.Response.Headers;
    if (page.Headers is { } saved)
    {
        saved.WriteTo(headers);
    }
    else
    {
        headers.ContentType = html;
        headers.Vary = vary;
    }

    if (coding.Count > 0)
    {
        headers.ContentEncoding = coding;
    }

    context.Response.ContentLength = body.Length;
    await context.Response.BodyWriter.WriteAsync(body);
});
await app.RunAsync();
return 0;

static byte[]? ReadIfAny(string file) => File.Exists(file) ? File.ReadAllBytes(file) : null;

// The header lines of a saved answer, less those of one coding or of the moment, which are written per answer.
static SavedHeaders SavedHeaders(string file)
{
    string[] perAnswer = ["Content-Length", "Content-Encoding", "Transfer-Encoding", "Date", "Age", "Server"];
    var lines = File.ReadAllLines(file).Skip(1).Where(line => line.Contains(':', StringComparison.Ordinal))
        .Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)].Trim(), Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
        .Where(h => !perAnswer.Contains(h.Name, StringComparer.OrdinalIgnoreCase));
    return new([.. lines.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
        .Select(g => new KeyValuePair<string, StringValues>(g.Key, new StringValues([.. g.Select(h => h.Value)])))]);
}

internal sealed record Page(byte[] Identity, byte[]? Brotli, byte[]? Gzip, SavedHeaders? Headers);

// As the portal's prepared pages write theirs: the headers Kestrel keeps in fields through the typed properties, the
// others through the indexer, in the order they came.
internal sealed class SavedHeaders(KeyValuePair<string, StringValues>[] headers)
{
    private readonly StringValues _contentType = Find(headers, HeaderNames.ContentType);
    private readonly StringValues _cacheControl = Find(headers, HeaderNames.CacheControl);
    private readonly StringValues _etag = Find(headers, HeaderNames.ETag);
    private readonly StringValues _lastModified = Find(headers, HeaderNames.LastModified);
    private readonly StringValues _vary = Find(headers, HeaderNames.Vary);
    private readonly StringValues _contentLanguage = Find(headers, HeaderNames.ContentLanguage);
    private readonly KeyValuePair<string, StringValues>[] _others = [.. headers.Where(h => !Typed.Contains(h.Key, StringComparer.OrdinalIgnoreCase))];

    private static readonly string[] Typed = [HeaderNames.ContentType, HeaderNames.CacheControl, HeaderNames.ETag, HeaderNames.LastModified, HeaderNames.Vary, HeaderNames.ContentLanguage];

    public void WriteTo(IHeaderDictionary target)
    {
        if (_contentType.Count > 0)
        {
            target.ContentType = _contentType;
        }

        if (_cacheControl.Count > 0)
        {
            target.CacheControl = _cacheControl;
        }

        if (_etag.Count > 0)
        {
            target.ETag = _etag;
        }

        if (_lastModified.Count > 0)
        {
            target.LastModified = _lastModified;
        }

        if (_vary.Count > 0)
        {
            target.Vary = _vary;
        }

        if (_contentLanguage.Count > 0)
        {
            target.ContentLanguage = _contentLanguage;
        }

        foreach (var (name, value) in _others)
        {
            target[name] = value;
        }
    }

    private static StringValues Find(KeyValuePair<string, StringValues>[] headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
