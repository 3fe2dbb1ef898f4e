using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Export;

/// <param name="ContentPath">The content folder to publish.</param>
/// <param name="OutputPath">The folder the files are written to; created when missing.</param>
/// <param name="WebProjectPath">The folder holding <c>wwwroot</c>, the app's content root.</param>
/// <param name="BaseUrl">The public address for canonical links, feeds and the sitemap; the configured one when null.</param>
/// <param name="ShareImagesPath">
/// Where share images are kept between exports (named for what each shows, so only new and changed ones are drawn);
/// a temporary folder, removed with the export's store, when null.
/// </param>
public sealed record ExportRequest(string ContentPath, string OutputPath, string WebProjectPath, string? BaseUrl, string? ShareImagesPath = null);

/// <summary>What an export wrote.</summary>
public sealed record ExportSummary(int Pages, int Redirects, int DataFiles, int Assets, long Bytes, TimeSpan Elapsed);

/// <summary>Addresses that did not answer as they should; the export then wrote an incomplete site.</summary>
public sealed class ExportFailedException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Writes the portal as files a static host serves as they are: <c>path/index.html</c> for pages, data, feeds and
/// assets at their own path, a redirect page and a map entry for each old address. Pages are rendered in process by
/// the pipeline the web host runs (over a TestServer, never the network), so the export is the live HTML, read from
/// a store of its own that the running portal never sees.
/// </summary>
public sealed class StaticExport
{
    /// <summary>The nginx <c>map</c> of old addresses to current ones; its presence also marks a folder as an export.</summary>
    public const string RedirectsMap = "_redirects.nginx.map";

    /// <summary>The nginx <c>map</c> of withdrawn pages' addresses to their files, which nginx answers 410 Gone.</summary>
    public const string GoneMap = "_gone.nginx.map";

    private const string LocalHost = "export.invalid";

    // The stylesheets are vendored files; url() and @import are the only ways they name other files.
    private static readonly Regex CssReference = new(@"url\(\s*['""]?(?<ref>[^'"")\s]+)['""]?\s*\)|@import\s+['""](?<ref>[^'""]+)['""]", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly TestServer _server;
    private readonly string _out;
    private readonly TextWriter _progress;
    private readonly HashSet<string> _dataAddresses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Path, string From)> _queue = new();
    private readonly List<string> _problems = [];
    private int _pages;
    private int _dataFiles;
    private int _assets;
    private long _bytes;

    private readonly LanguageTable _languages;

    private StaticExport(TestServer server, string output, TextWriter progress, LanguageTable languages) =>
        (_server, _out, _progress, _languages) = (server, output, progress, languages);

    /// <summary>Exports the content; throws <see cref="ExportFailedException"/> naming every address that failed.</summary>
    public static async Task<ExportSummary> RunAsync(ExportRequest request, TextWriter progress, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var store = Directory.CreateTempSubdirectory("peru-portal-export-");
        try
        {
            string[] settings =
            [
                $"--applicationName={typeof(StaticExport).Assembly.GetName().Name}",
                $"--contentRoot={request.WebProjectPath}",
                "--environment=Production",
                $"--Portal:ContentPath={request.ContentPath}",
                $"--ConnectionStrings:Portal=Data Source={Path.Combine(store.FullName, "portal.db")}",
                "--Serilog:MinimumLevel:Default=Warning",

                // Each address is asked for once and its body written as it is: pages kept for later answers and
                // their brotli and gzip copies (prepared pages) would be work thrown away.
                "--Portal:Caching:PreparedPagesMegabytes=0",
                .. request.BaseUrl is { } baseUrl ? [$"--Portal:BaseUrl={baseUrl}"] : Array.Empty<string>(),
                .. request.ShareImagesPath is { } images ? [$"--Portal:ShareImages:Folder={images}"] : Array.Empty<string>(),
            ];
            var builder = PortalApplication.CreateBuilder(settings);
            builder.WebHost.UseTestServer();

            // Nor is a page kept in the output cache: no address is asked for twice. Its bytes are those it renders.
            builder.Services.PostConfigure<OutputCacheOptions>(options => options.AddPolicy(HttpCaching.PagesPolicy, policy => policy.NoCache(), excludeDefaultPolicy: true));
            await using var app = builder.Build();
            if (!await app.ImportContentAsync())
            {
                throw new ExportFailedException([$"{request.ContentPath}: the content has problems; run validate"]);
            }

            app.UsePortal();
            await app.StartAsync(ct);
            var export = new StaticExport(app.GetTestServer(), request.OutputPath, progress, app.Services.GetRequiredService<LanguageTable>());
            var summary = await export.WriteAsync(app.Services, clock, ct);
            await app.StopAsync(ct);
            return summary;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            store.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The folder holding <c>wwwroot</c>: the working folder under <c>dotnet run</c> or a published app, else the
    /// web project of the repository the command runs from (tests run from their own output folder).
    /// </summary>
    public static string FindWebProject()
    {
        foreach (var candidate in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            if (Directory.Exists(Path.Combine(candidate, "wwwroot")))
            {
                return candidate;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "src", "Peru.Portal.Web");
            if (File.Exists(Path.Combine(dir.FullName, "Peru.Portal.sln")) && Directory.Exists(Path.Combine(project, "wwwroot")))
            {
                return project;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private async Task<ExportSummary> WriteAsync(IServiceProvider services, Stopwatch clock, CancellationToken ct)
    {
        var baseUrl = services.GetRequiredService<IOptions<PortalOptions>>().Value.BaseUrl.TrimEnd('/');
        List<PublishedPage> pages;
        List<PageAlias> aliases;
        List<(string Language, string Slug)> countries;
        await using (var scope = services.CreateAsyncScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<PageIndexRepository>();
            pages = await index.ListPagesAsync(ct);
            aliases = await index.ListAliasesAsync(ct);
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
            countries = (await db.Countries.Select(c => new { c.Language, c.Slug }).ToListAsync(ct)).Select(c => (c.Language, c.Slug)).ToList();
        }

        foreach (var (code, slug) in countries)
        {
            _dataAddresses.UnionWith(Addresses.DataAddresses(_languages.Get(code), slug));
        }

        _dataAddresses.UnionWith(["/sitemap.xml", "/robots.txt", Addresses.ApiDescription]);
        _aliases.UnionWith(aliases.Select(a => a.Path));
        _seen.Add("/");

        // Written once everything else is, with the page that says so: a link to one is not a broken link.
        var withdrawn = services.GetRequiredService<ContentState>().Publication.Withdrawn.Keys.Order(StringComparer.Ordinal).ToList();
        _seen.UnionWith(withdrawn);
        foreach (var path in pages.Select(p => p.Path).Concat(_dataAddresses))
        {
            Enqueue(path, "the sitemap");
        }

        // Each page's share image too: pages name it only in their head, which link previews read and the export does
        // not follow. Copied from the images' folder rather than asked for: the address answers that file's bytes as
        // they are, and a request through the whole pipeline for each, with its store query, cost as much as a page.
        var images = pages.Select(p => (Path: p.Path + Share.ShareImageMiddleware.Suffix, Card: new Share.ShareCard(p.ShareTitle, p.ShareFigure))).ToList();
        _seen.UnionWith(images.Select(i => i.Path));
        var copied = await ExportShareImages.CopyAsync(services.GetRequiredService<Share.ShareImages>(), images.Select(i => (FileFor(i.Path, page: false), i.Card)), ct);
        Interlocked.Add(ref _bytes, copied);
        Interlocked.Add(ref _assets, images.Count);

        // Pages link to addresses the sitemap leaves out (search) and to stylesheets, which name fonts: everything
        // local that is referenced is exported, so the static site has no broken link the live one does not have.
        await DrainAsync(ct);

        foreach (var language in _languages.All)
        {
            await ExportNotFoundPageAsync(language == _languages.Default ? "/404.html" : $"/{language.Code}/404.html", ct);
        }

        await DrainAsync(ct);

        // An expired page's address keeps answering on a static host too: with the page saying it was withdrawn.
        foreach (var path in withdrawn)
        {
            await ExportWithdrawnPageAsync(path, ct);
        }

        foreach (var alias in aliases)
        {
            await WriteAsync(FileFor(alias.Path, page: true), Encoding.UTF8.GetBytes(ExportPages.Redirect(alias, baseUrl, _languages.Of(new PathString(alias.Path)))), ct);
        }

        await WriteAsync(Path.Combine(_out, RedirectsMap), Encoding.UTF8.GetBytes(ExportPages.NginxMap(aliases)), ct);
        await WriteAsync(Path.Combine(_out, GoneMap), Encoding.UTF8.GetBytes(ExportPages.GoneMap(withdrawn)), ct);
        await WriteAsync(Path.Combine(_out, "index.html"), Encoding.UTF8.GetBytes(ExportPages.LanguageChoice(_languages)), ct);
        if (_problems.Count > 0)
        {
            // Pages are rendered in parallel: sorted, the same problems are named in the same order every time.
            throw new ExportFailedException([.. _problems.Order(StringComparer.Ordinal)]);
        }

        return new ExportSummary(_pages, aliases.Count, _dataFiles, _assets, _bytes, clock.Elapsed);
    }

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
                FollowLinks(path, Encoding.UTF8.GetString(body));
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
        FollowLinks(path, Encoding.UTF8.GetString(html));
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

    private void FollowLinks(string path, string html)
    {
        // One base for the page's hundred-odd references rather than one parsed for each.
        var page = new Uri($"http://{LocalHost}{path}");
        LinkScanner.Scan(html, reference => Follow(page, path, reference));
    }

    private void Follow(string from, string reference) => Follow(new Uri($"http://{LocalHost}{from}"), from, reference);

    // A reference is resolved against its page as a browser would; the query and fragment name no other file.
    private void Follow(Uri page, string from, string reference)
    {
        if (reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(page, reference, out var resolved)
            || resolved.Scheme != Uri.UriSchemeHttp || resolved.Host != LocalHost)
        {
            return;
        }

        Enqueue(resolved.AbsolutePath, from);
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
