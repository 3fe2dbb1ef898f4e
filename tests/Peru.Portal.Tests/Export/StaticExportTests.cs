using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Export;

namespace Peru.Portal.Tests.Export;

/// <summary>The fixture portal configured as the export is: the same base address and the default report address.</summary>
public sealed class ExportedConfigurationFactory : PortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Portal:BaseUrl", ExportedSite.BaseUrl), ("Portal:ReportProblemUrl", new PortalOptions().ReportProblemUrl)];
}

/// <summary>The static export served by nginx answers what the live portal answers.</summary>
public sealed partial class StaticExportTests(ExportedConfigurationFactory live, ExportedSite site) : IClassFixture<ExportedSite>, IClassFixture<ExportedConfigurationFactory>
{
    private readonly HttpClient _live = live.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task Export_EverySitemapAddress_AnswersFromNginxWithTheLivePage()
    {
        var paths = await SitemapPathsAsync();
        Assert.NotEmpty(paths);
        Assert.Contains("/fr/perou", paths);

        foreach (var path in paths)
        {
            using var exported = await site.Nginx.GetAsync(path);
            Assert.True(exported.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)exported.StatusCode} from the export");
            Assert.Equal("text/html", exported.Content.Headers.ContentType?.MediaType);
            Assert.Equal(await _live.GetStringAsync(path), await exported.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Export_EveryAlias_AnswersMovedPermanentlyToItsTarget()
    {
        var aliases = await AliasesAsync();
        Assert.NotEmpty(aliases);

        foreach (var alias in aliases)
        {
            foreach (var asked in new[] { alias.Path, alias.Path + "/", alias.Path.ToUpperInvariant() })
            {
                using var moved = await site.Nginx.GetAsync(asked);
                Assert.True(moved.StatusCode == HttpStatusCode.MovedPermanently, $"{asked} answered {(int)moved.StatusCode}");
                Assert.Equal(alias.TargetPath, moved.Headers.Location?.OriginalString);
                using var target = await site.Nginx.GetAsync(alias.TargetPath);
                Assert.Equal(HttpStatusCode.OK, target.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Export_EveryAlias_HasARedirectPageForHostsWithoutRedirects()
    {
        foreach (var alias in await AliasesAsync())
        {
            var file = Path.Combine([site.Root, .. alias.Path.Split('/', StringSplitOptions.RemoveEmptyEntries), "index.html"]);
            Assert.True(File.Exists(file), $"no redirect page for {alias.Path}");
            using var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file));
            Assert.Equal($"0; url={alias.TargetPath}", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Equal(ExportedSite.BaseUrl + alias.TargetPath, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(alias.TargetPath, page.QuerySelector("main a")?.GetAttribute("href"));
            Assert.Equal(alias.Path.StartsWith("/fr/", StringComparison.Ordinal) ? "fr" : "en", page.DocumentElement.GetAttribute("lang"));
        }

        var map = await File.ReadAllTextAsync(Path.Combine(site.Root, StaticExport.RedirectsMap));
        Assert.All(await AliasesAsync(), alias => Assert.Contains($"\"{alias.Path}\" \"{alias.TargetPath}\";", map, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_FeedsOpenDataSitemapAndRobots_AnswerTheLiveBytesAndContentType()
    {
        var addresses = new List<string> { "/sitemap.xml", "/robots.txt" };
        foreach (var (language, slug) in new[] { ("en", "peru"), ("fr", "perou") })
        {
            addresses.AddRange(Addresses.DataAddresses(Portal.Web.Localization.LanguageTable.Builtin.Get(language), slug));
        }

        foreach (var path in addresses)
        {
            using var expected = await _live.GetAsync(path);
            using var exported = await site.Nginx.GetAsync(path);
            Assert.True(exported.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)exported.StatusCode} from the export");
            Assert.Equal(expected.Content.Headers.ContentType?.MediaType, exported.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", exported.Content.Headers.ContentType?.CharSet);
            Assert.Equal(await expected.Content.ReadAsByteArrayAsync(), await exported.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Export_EveryPagesShareImage_AnswersFromNginxWithTheLiveImage()
    {
        var paths = await SitemapPathsAsync();
        Assert.NotEmpty(paths);

        foreach (var path in paths.Select(p => p + Portal.Web.Share.ShareImageMiddleware.Suffix))
        {
            using var expected = await _live.GetAsync(path);
            using var exported = await site.Nginx.GetAsync(path);
            Assert.True(expected.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)expected.StatusCode} from the live portal");
            Assert.True(exported.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)exported.StatusCode} from the export");
            Assert.Equal("image/png", exported.Content.Headers.ContentType?.MediaType);
            Assert.Equal(await expected.Content.ReadAsByteArrayAsync(), await exported.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Export_StylesheetsAndFonts_AnswerWithFingerprintedOnesCachedLong()
    {
        var home = await site.Nginx.GetStringAsync("/en/peru");
        using var page = new HtmlParser().ParseDocument(home);
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(stylesheets);

        foreach (var href in stylesheets)
        {
            Assert.Contains("?v=", href, StringComparison.Ordinal);
            using var css = await site.Nginx.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", css.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.Equal(await _live.GetByteArrayAsync(href), await css.Content.ReadAsByteArrayAsync());
        }

        using var font = await site.Nginx.GetAsync("/lib/gcds-fonts/lato/gcds-lato.woff2");
        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
    }

    [Fact]
    public async Task Export_EveryLocalLinkInEveryExportedFile_ResolvesToAnExportedFile()
    {
        var aliases = (await AliasesAsync()).Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        var files = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories);
        var checkedLinks = 0;
        foreach (var file in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)))
        {
            var from = "/" + Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            var text = await File.ReadAllTextAsync(file);
            IEnumerable<string> references = file.EndsWith(".css", StringComparison.Ordinal)
                ? CssUrl().Matches(text).Select(m => m.Groups[1].Value)
                : new HtmlParser().ParseDocument(text).QuerySelectorAll("[href], [src], form[action]")
                    .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("action") })
                    .OfType<string>();
            foreach (var reference in references)
            {
                var resolved = new Uri(new Uri("http://site.invalid" + from), reference);
                if (resolved.Host != "site.invalid" || resolved.AbsolutePath == "/")
                {
                    continue;
                }

                checkedLinks++;
                var local = Path.Combine([site.Root, .. Uri.UnescapeDataString(resolved.AbsolutePath).Split('/', StringSplitOptions.RemoveEmptyEntries)]);
                if (!File.Exists(local) && !File.Exists(Path.Combine(local, "index.html")) && !aliases.Contains(resolved.AbsolutePath))
                {
                    broken.Add($"{from}: {reference}");
                }
            }
        }

        Assert.True(checkedLinks > 1000, $"only {checkedLinks} local links checked");
        Assert.Empty(broken);
    }

    [Fact]
    public async Task Export_Pages_NameThePublicAddressOnlyInCanonicalAndAlternateLinks()
    {
        var absolute = new List<string>();
        foreach (var file in Directory.GetFiles(site.Root, "*.html", SearchOption.AllDirectories))
        {
            using var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file));
            absolute.AddRange(page.QuerySelectorAll("[href], [src]")
                .Where(e => e is not AngleSharp.Html.Dom.IHtmlLinkElement { Relation: "canonical" or "alternate" })
                .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
                .OfType<string>()
                .Where(v => v.StartsWith(ExportedSite.BaseUrl, StringComparison.Ordinal))
                .Select(v => $"{Path.GetRelativePath(site.Root, file)}: {v}"));
        }

        Assert.Empty(absolute);
    }

    [Theory]
    [InlineData("/en/peru/no-such-page", "en")]
    [InlineData("/fr/perou/pas-de-page", "fr")]
    [InlineData("/fr/perou/rien.csv", "fr")]
    [InlineData("/nowhere", "en")]
    public async Task Export_UnknownAddress_AnswersTheNotFoundPageInItsLanguage(string path, string language)
    {
        using var exported = await site.Nginx.GetAsync(path);
        using var expected = await _live.GetAsync(language == "fr" ? "/fr/nulle-part" : "/en/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, exported.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expected.StatusCode);
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(await exported.Content.ReadAsStringAsync());
        using var livePage = parser.ParseDocument(await expected.Content.ReadAsStringAsync());
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(livePage.QuerySelector("main h1")?.TextContent, page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(
            livePage.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")),
            page.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData(null, "/en")]
    [InlineData("fr-CA,fr;q=0.9,en;q=0.8", "/fr")]
    [InlineData("en-CA,en;q=0.9,fr;q=0.8", "/en")]
    public async Task Export_Root_SendsTheReaderToTheirLanguageAsTheLivePortalDoes(string? acceptLanguage, string expected)
    {
        foreach (var client in new[] { site.Nginx, _live })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            if (acceptLanguage is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
            }

            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
            Assert.Equal(expected, response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Export_RootPage_LetsHostsWithoutRedirectsOfferEveryLanguage()
    {
        using var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(site.Root, "index.html")));

        Assert.Equal(["/en", "/fr", "/es"], page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    // Hosts without redirects or rewrites (object stores, simple file servers) serve folders' index.html only.
    [Fact]
    public async Task Export_OnAPlainStaticHost_ServesEveryPageAndSendsOldAddressesOn()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = site.Root });
        builder.WebHost.UseTestServer();
        await using var host = builder.Build();
        var files = new PhysicalFileProvider(site.Root);
        host.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        host.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await host.StartAsync();
        using var plain = host.GetTestClient();

        foreach (var path in await SitemapPathsAsync())
        {
            Assert.Equal(await _live.GetStringAsync(path), await FollowAsync(plain, path));
        }

        foreach (var alias in await AliasesAsync())
        {
            using var page = new HtmlParser().ParseDocument(await FollowAsync(plain, alias.Path));
            var refresh = page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content") ?? "";
            var target = refresh[(refresh.IndexOf("url=", StringComparison.Ordinal) + 4)..];
            Assert.Equal(await _live.GetStringAsync(alias.TargetPath), await FollowAsync(plain, target));
        }

        await host.StopAsync();
    }

    // The host's own redirects (a folder address gets its final slash) are followed, as a browser would.
    private static async Task<string> FollowAsync(HttpClient client, string path)
    {
        for (var hops = 0; hops < 3; hops++)
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && response.Headers.Location is { } location)
            {
                path = location.OriginalString;
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            return await response.Content.ReadAsStringAsync();
        }

        throw new InvalidOperationException($"{path}: too many redirects");
    }

    private async Task<List<string>> SitemapPathsAsync()
    {
        var sitemap = XDocument.Parse(await _live.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
    }

    private async Task<List<PageAlias>> AliasesAsync()
    {
        await using var scope = live.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PageIndexRepository>().ListAliasesAsync();
    }

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)['""]?\s*\)")]
    private static partial Regex CssUrl();
}
