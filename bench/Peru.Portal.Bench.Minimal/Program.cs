using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

// The ceiling of this stack for bench/http/run.sh: Kestrel writing the portal's own bytes for each page, with no
// middleware at all. Every page is read into memory at start from the folder nginx serves (page.html and its
// .br and .gz twins, saved from the portal's answers), and answered by path with the coding the client names.
//
//   dotnet Peru.Portal.Bench.Minimal.dll ROOT   (listens where ASPNETCORE_URLS says)
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Peru.Portal.Bench.Minimal ROOT");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).ToDictionary(
    file => "/" + Path.GetRelativePath(root, file)[..^".html".Length].Replace(Path.DirectorySeparatorChar, '/'),
    file => new Page(File.ReadAllBytes(file), ReadIfAny(file + ".br"), ReadIfAny(file + ".gz")),
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
    headers.ContentType = html;
    headers.Vary = vary;
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

internal sealed record Page(byte[] Identity, byte[]? Brotli, byte[]? Gzip);
