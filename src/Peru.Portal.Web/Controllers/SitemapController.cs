using Peru.Portal.Web.Localization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Controllers;

public sealed class SitemapController(PageIndexRepository pages, LanguageTable languages, IOptions<PortalOptions> options) : Controller
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        var baseUrl = options.Value.BaseUrl.TrimEnd('/');
        using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            var all = await pages.ListPagesAsync(ct);
            var twins = all.ToLookup(p => p.Key);
            foreach (var page in all)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, baseUrl + page.Path);
                xml.WriteElementString("lastmod", SitemapNamespace, Formats.Date(page.DateModified));

                // Each page names itself and its twins in every language, as search engines expect, and the one in the
                // default language as the page for readers of any other language.
                var versions = twins[page.Key].OrderBy(p => languages.All.ToList().FindIndex(l => l.Code == p.Language)).ToList();
                var fallback = versions.FirstOrDefault(v => v.Language == languages.Default.Code);
                foreach (var (hreflang, path) in versions.Select(v => (v.Language, v.Path)).Concat(fallback is null ? [] : [("x-default", fallback.Path)]))
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", hreflang);
                    xml.WriteAttributeString("href", baseUrl + path);
                    await xml.WriteEndElementAsync();
                }

                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots() => Content(
        $"User-agent: *\nDisallow: /en/search\nDisallow: /fr/recherche\nDisallow: /error\n\nSitemap: {options.Value.BaseUrl.TrimEnd('/')}/sitemap.xml\n",
        "text/plain; charset=utf-8");
}
