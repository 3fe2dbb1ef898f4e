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

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        var baseUrl = options.Value.BaseUrl.TrimEnd('/');
        using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var page in await pages.ListPagesAsync(ct))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, baseUrl + page.Path);
                xml.WriteElementString("lastmod", SitemapNamespace, Formats.Date(page.DateModified));
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots() => Content(
        $"User-agent: *\nDisallow: /en/search\nDisallow: /error\n\nSitemap: {options.Value.BaseUrl.TrimEnd('/')}/sitemap.xml\n",
        "text/plain; charset=utf-8");
}
