using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Controllers;

public sealed class SitemapController(PageIndexRepository pages, IOptions<PortalOptions> options) : Controller
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

                // Each page names itself and its twin in the other language, as search engines expect.
                foreach (var version in twins[page.Key].OrderBy(p => p.Language, StringComparer.Ordinal))
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", version.Language);
                    xml.WriteAttributeString("href", baseUrl + version.Path);
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
