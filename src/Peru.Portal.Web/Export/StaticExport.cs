using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
/// <param name="Checked">
/// The content as the caller has already read and checked it from <paramref name="ContentPath"/>: imported as it is, so
/// the files are not read twice (read again when it was read with other languages than the export's host has).
/// </param>
public sealed record ExportRequest(string ContentPath, string OutputPath, string WebProjectPath, string? BaseUrl, string? ShareImagesPath = null, ContentLoadResult? Checked = null);

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
public sealed partial class StaticExport
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
            var builder = PortalApplication.CreateBuilder(settings, request.Checked is { } read ? (request.ContentPath, read) : null);
            builder.WebHost.UseTestServer();

            // Nor is a page kept in the output cache: no address is asked for twice. Its bytes are those it renders.
            builder.Services.PostConfigure<OutputCacheOptions>(options => options.AddPolicy(HttpCaching.PagesPolicy, policy => policy.NoCache(), excludeDefaultPolicy: true));
            await using var app = builder.Build();
            if (!await app.ImportContentAsync())
            {
                throw new ExportFailedException([$"{request.ContentPath}: the content has problems; run validate"]);
            }

            app.UsePortal(logRequests: false);
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
}
