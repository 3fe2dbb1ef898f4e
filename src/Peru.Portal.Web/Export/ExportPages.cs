using System.Globalization;
using System.Net;
using System.Text;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Export;

/// <summary>The files the export writes that no portal address renders: redirect pages, the nginx map, the language choice.</summary>
internal static class ExportPages
{
    // For static hosts that cannot answer 301: a page that sends browsers on and tells search engines where the page is.
    public static string Redirect(PageAlias alias, string baseUrl, Language language)
    {
        var target = WebUtility.HtmlEncode(alias.TargetPath);
        var (title, moved) = (language.Formats.MovedTitle, language.Formats.MovedText);
        return $"""
            <!DOCTYPE html>
            <html lang="{language.Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} - Peru.Portal</title>
            <meta http-equiv="refresh" content="0; url={target}">
            <link rel="canonical" href="{WebUtility.HtmlEncode(baseUrl + alias.TargetPath)}">
            <meta name="robots" content="noindex">
            </head>
            <body>
            <main>
            <h1>{title}</h1>
            <p>{moved} <a href="{target}">{target}</a>.</p>
            </main>
            </body>
            </html>

            """;
    }

    // Entries with and without a final slash, since the portal ignores it for old addresses.
    public static string NginxMap(IEnumerable<PageAlias> aliases)
    {
        var map = new StringBuilder("# Old addresses and the current address each answers 301 to; include it in an nginx map on $uri.\n");
        foreach (var alias in aliases)
        {
            map.Append(CultureInfo.InvariantCulture, $"{Quote(alias.Path)} {Quote(alias.TargetPath)};\n");
            map.Append(CultureInfo.InvariantCulture, $"{Quote(alias.Path + "/")} {Quote(alias.TargetPath)};\n");
        }

        return map.ToString();
    }

    // The live portal answers an expired page's address 410 Gone with a page saying when it was withdrawn; a static
    // host would answer that page 200, so crawlers and link checkers would take it for a live one. nginx can send
    // the status when it knows the address: each is mapped, with and without a final slash, to the page's file.
    public static string GoneMap(IEnumerable<string> withdrawn)
    {
        var map = new StringBuilder("# Addresses of withdrawn pages and the file of each; include it in an nginx map on $uri, answered 410 Gone with that file.\n");
        foreach (var path in withdrawn)
        {
            var page = Quote(path.TrimEnd('/') + "/index.html");
            map.Append(CultureInfo.InvariantCulture, $"{Quote(path)} {page};\n");
            map.Append(CultureInfo.InvariantCulture, $"{Quote(path + "/")} {page};\n");
        }

        return map.ToString();
    }

    // "/" in the live portal sends readers to their language; a static host cannot, so the reader chooses (nginx
    // can, and the sample configuration does). No automatic refresh: it would send French readers to English. Every
    // language of the table is offered, each in its own name.
    public static string LanguageChoice(LanguageTable languages)
    {
        var alternates = string.Concat(languages.All.Select(l => $"""<link rel="alternate" hreflang="{l.Code}" href="/{l.Code}">""" + "\n"));
        var links = string.Concat(languages.All.Select(l => $"""<li><a href="/{l.Code}" hreflang="{l.Code}" lang="{l.Code}">{WebUtility.HtmlEncode(l.Name)}</a></li>""" + "\n"));
        return $"""
            <!DOCTYPE html>
            <html lang="{languages.Default.Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Peru.Portal</title>
            {alternates}</head>
            <body>
            <main>
            <h1>Peru.Portal</h1>
            <ul>
            {links}</ul>
            </main>
            </body>
            </html>

            """;
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
