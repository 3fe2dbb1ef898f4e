using System.Globalization;
using System.Text;

namespace Peru.Portal.Tests.Web;

/// <summary>One request as bytes on the wire, with what it tries, and whether its HTTP framing itself is broken.</summary>
public sealed record HostileRequest(string Family, string Description, byte[] Bytes, bool Malformed, bool IsHead);

/// <summary>
/// Hostile requests generated from a fixed seed, so a failure is reproduced by running the test again.
/// Markers injected here (<see cref="Markup"/>) must never come back unescaped, and no value here contains
/// the words the test looks for as signs of a stack trace.
/// </summary>
public static class HostileRequests
{
    public static readonly string[] Markup = ["<script>alert(7)</script>", "\"><svg onload=alert(7)>", "<img src=x onerror=alert(7)>", "'><iframe src=javascript:alert(7)>"];

    private static readonly string[] Routes =
    [
        "/", "/en", "/fr", "/en/peru", "/fr/perou", "/en/peru/thematic-focus", "/en/peru/thematic-focus/economic-growth",
        "/en/peru/achievements", "/en/peru/achievements/2011-2012", "/en/peru/achievements/2011-2012/safer-mining",
        "/fr/perou/realisations/2011-2012/exploitation-miniere-plus-sure", "/en/peru/projects", "/en/peru/projects/resilient-puna",
        "/en/peru/disbursements", "/en/peru/bilateral-relations", "/en/peru/evaluation", "/en/peru/evaluation/capacity-building",
        "/en/search", "/fr/recherche", "/en/peru/search", "/en/peru/feed.xml", "/fr/perou/fil.xml", "/en/peru/projects.csv",
        "/en/peru/achievements.json", "/fr/perou/decaissements.csv", "/sitemap.xml", "/robots.txt", "/healthz", "/error", "/error/404",
        "/error/500", "/css/site.css", "/lib/README.md", "/en/peru/achievements/2011-2012/anciens-textes-scolaires",
    ];

    private static readonly string[] Prefixes = ["/", "/lib/", "/css/", "/lib/gcds-fonts/", "/en/", "/en/peru/", "/fr/perou/realisations/", "/en/peru/projects/", "/error/"];

    private static readonly string[] Climbs =
    [
        "../", "..%2f", "..%2F", "%2e%2e/", "%2e%2e%2f", "..%5c", "..\\", "%252e%252e%252f", "%c0%ae%c0%ae/", "%c0%ae%c0%ae%c0%af", "..%c0%af",
        "..%c1%9c", "..;/", "....//", ".%2e/", "%2e./", "%u002e%u002e/", "..%00/", "..%255c", "%%32%65%%32%65/", "/./", "//",
    ];

    private static readonly string[] Targets =
    [
        "etc/passwd", "appsettings.json", "appsettings.Development.json", "Program.cs", "App_Data/portal.db", "portal.db", "Peru.Portal.Web.dll",
        "bin/Debug/net10.0/Peru.Portal.Web.dll", "Peru.Portal.Web.csproj", "content/peru/country.md", "peru/country.md", "web.config",
        ".git/config", "proc/self/environ", "content/peru/.canary.md", "peru/.canary.md", "content/peru/projects/resilient-puna.md", "wwwroot/../appsettings.json", "Views/Shared/_Layout.cshtml", "obj/project.assets.json",
    ];

    private static readonly string[] Methods = ["TRACE", "PROPFIND", "DELETE", "PUT", "OPTIONS", "PATCH", "POST", "HEAD", "get", "Get", "MKCOL", "LOCK", "SEARCH", "DEBUG", "TRACK", "G@T", "X", "QUERY"];

    private static readonly string[] BadEscapes = ["%", "%%", "%zz", "%4", "%g0", "%c3%28", "%ff%fe", "%00", "%2500", "%e2%80%ae", "%c0%80", "%ed%a0%80", "%f8%88%80%80%80", "%0d%0aX-Injected:%20yes", "%5c%5c", "%2f%2f", "%u0041", "%C3", "%E2%82"];

    private static readonly string[] QueryNames = ["q", "page", "section", "theme", "lang", "culture", "ui-culture", "returnUrl", "sort", "format", "q[]", "page[]", "__proto__", ""];

    private static readonly string[] QueryValues =
    [
        "' OR 1=1 --", "'; DROP TABLE Projects; --", "1; SELECT * FROM sqlite_master", "\"unterminated", "NEAR(a b", "a AND OR NOT", "*", "^", "title:mining",
        "{title body}:x", "-", "\"\"", "a\" OR \"b", "99999999999999999999", "2147483648", "-1", "0", "NaN", "1e9", "-2147483649", "0x10", "", " ", "%00",
        "%ff%fe", "%c0%ae", "%E2%80%AE", "\u202e", "\ud83c\udf35", "${jndi:ldap://x}", "{{7*7}}", "../../etc/passwd", "javascript:alert(7)", "//evil.example/",
        "https://evil.example/", "\r\nX-Injected: yes", "mining", "école", "año", "Awajún",
    ];

    private static readonly string[] LanguageCookies = ["fr", "en", "xx", "", "<script>alert(7)</script>", "%ff", "fr; Path=/", "en-US-x-private-long", "../../etc", "c=fr|uic=fr", "\u00e9"];

    private static readonly string[] AcceptLanguages =
    [
        "*;q=abc", "en;q=NaN", "fr;q=-1", "xx-XX-invalid-long-tag-value", ";;;", ",,,,", "en-US,en;q=0.9,fr;q=2", "q=0.5", "\"fr\"", "fr-CA;q=0.9;q=0.1",
        string.Join(",", Enumerable.Range(0, 400).Select(i => $"l{i}")), "<script>alert(7)</script>",
    ];

    private static readonly string[] Hosts = ["<script>alert(7)</script>", "evil.example", "evil.example:99999", "[::1", "a b", "localhost:abc", "..", "%00", "\u00e9.example", ""];

    public static IReadOnlyList<HostileRequest> Generate(int count, int seed, string canary)
    {
        var random = new Random(seed);
        var families = new Func<Random, HostileRequest>[]
        {
            r => Traversal(r, canary), BadEncoding, OverLong, OddMethod, HostileQuery, HostileQuery, HostileCookie, HostileHeaders, RawBytes, BrokenFraming,
        };
        var requests = new List<HostileRequest>(count);
        for (var i = 0; i < count; i++)
        {
            requests.Add(families[i % families.Length](random));
        }

        return requests;
    }

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static int OneOf(Random r, int a, int b, int? c = null) => r.Next(c is null ? 2 : 3) switch { 0 => a, 1 => b, _ => c!.Value };

    private static HostileRequest Get(string family, string target, params string[] headers) => Request(family, "GET", target, headers);

    private static HostileRequest Request(string family, string method, string target, string[] headers, string body = "", bool malformed = false)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{method} {target} HTTP/1.1\r\nHost: localhost\r\n");
        foreach (var header in headers)
        {
            text.Append(header).Append("\r\n");
        }

        if (body.Length > 0 || method is "POST" or "PUT" or "PATCH")
        {
            text.Append(CultureInfo.InvariantCulture, $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n");
        }

        text.Append("\r\n").Append(body);
        return new(family, Describe($"{method} {target} {string.Join(" | ", headers)}"), Encoding.UTF8.GetBytes(text.ToString()), malformed, method == "HEAD");
    }

    private static HostileRequest Traversal(Random r, string canary)
    {
        var climb = string.Concat(Enumerable.Repeat(Pick(r, Climbs), r.Next(1, 9)));
        var target = r.Next(6) == 0 ? canary : Pick(r, Targets);
        return Get("traversal", Pick(r, Prefixes) + climb + target);
    }

    private static HostileRequest BadEncoding(Random r) =>
        Get("bad encoding", Pick(r, Prefixes) + Pick(r, BadEscapes) + (r.Next(2) == 0 ? "" : Pick(r, Targets)) + (r.Next(3) == 0 ? "?q=" + Pick(r, BadEscapes) : ""));

    private static HostileRequest OverLong(Random r) => r.Next(5) switch
    {
        0 => Get("over-long", Pick(r, Routes) + "/" + new string('a', OneOf(r, 8 * 1024, 16 * 1024, 64 * 1024))),
        1 => Get("over-long", "/en/search?q=" + new string('x', OneOf(r, 2000, 7000, 9000))),
        2 => Get("over-long", Pick(r, Routes), "X-Long: " + new string('h', OneOf(r, 8 * 1024, 40 * 1024))),
        3 => Get("over-long", Pick(r, Routes), Enumerable.Range(0, OneOf(r, 50, 150)).Select(i => $"X-Many-{i}: {i}").ToArray()),
        _ => Get("over-long", Pick(r, Routes) + string.Concat(Enumerable.Repeat("/a", 2000))),
    };

    private static HostileRequest OddMethod(Random r)
    {
        var method = Pick(r, Methods);
        var body = method is "POST" or "PUT" or "PATCH" ? Pick(r, Markup) + "&q=" + Pick(r, QueryValues) : "";
        return Request("odd method", method, Pick(r, Routes), r.Next(2) == 0 ? [] : ["Content-Type: application/x-www-form-urlencoded"], body);
    }

    private static HostileRequest HostileQuery(Random r)
    {
        var parts = Enumerable.Range(0, r.Next(1, 4)).Select(_ =>
        {
            var value = r.Next(3) == 0 ? Pick(r, Markup) : Pick(r, QueryValues);
            var escaped = Uri.EscapeDataString(value);

            // Now and then the markup characters go unescaped, as a hand-typed attack would send them.
            if (r.Next(3) == 0)
            {
                escaped = escaped.Replace("%3C", "<", StringComparison.Ordinal).Replace("%3E", ">", StringComparison.Ordinal).Replace("%22", "\"", StringComparison.Ordinal).Replace("%27", "'", StringComparison.Ordinal);
            }

            return Uri.EscapeDataString(Pick(r, QueryNames)) + "=" + escaped;
        });
        var query = string.Join("&", parts);
        if (r.Next(5) == 0)
        {
            query += "&page=1&page=2&q=a&q=b";
        }

        return Get("hostile query", Pick(r, Routes) + "?" + query);
    }

    private static HostileRequest HostileCookie(Random r) => r.Next(4) switch
    {
        0 => Get("hostile cookie", Pick(r, Routes), $"Cookie: .Portal.Language={Pick(r, LanguageCookies)}"),
        1 => Get("hostile cookie", Pick(r, Routes), $"Cookie: .Portal.Language={new string('f', OneOf(r, 4000, 20000, 40000))}"),
        2 => Get("hostile cookie", Pick(r, Routes), "Cookie: " + string.Join("; ", Enumerable.Range(0, 300).Select(i => $"c{i}={i}"))),
        _ => Get("hostile cookie", Pick(r, Routes), $"Cookie: .AspNetCore.Culture=c={Pick(r, LanguageCookies)}|uic={Pick(r, LanguageCookies)}; .Portal.Language={Uri.EscapeDataString(Pick(r, Markup))}"),
    };

    private static HostileRequest HostileHeaders(Random r)
    {
        var route = Pick(r, Routes);
        return r.Next(6) switch
        {
            0 => Get("hostile header", route, $"Accept-Language: {Pick(r, AcceptLanguages)}"),
            1 => Raw("hostile header", $"GET {route} HTTP/1.1\r\nHost: {Pick(r, Hosts)}\r\n\r\n", malformed: true),
            2 => Raw("hostile header", $"GET {route} HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n", malformed: true),
            3 => Raw("hostile header", $"GET http://evil.example{route} HTTP/1.1\r\nHost: localhost\r\n\r\n", malformed: true),
            4 => Get("hostile header", route, $"Referer: {Pick(r, Markup)}", $"User-Agent: {Pick(r, Markup)}", $"X-Forwarded-For: {Pick(r, QueryValues)}", $"X-Forwarded-Host: {Pick(r, Hosts)}"),
            _ => Get("hostile header", route, "Accept: */*;q=garbage, text/html;level=<x>", "If-Modified-Since: yesterday", "Range: bytes=99999999999-", "If-None-Match: \"<script>\""),
        };
    }

    private static HostileRequest RawBytes(Random r)
    {
        byte[][] garbage = [[0xff, 0xfe], [0xc0, 0xae, 0xc0, 0xae], [0xed, 0xa0, 0x80], [0xe2, 0x80], [0x80], [0xf5, 0x80, 0x80, 0x80], [0x00], [0x7f]];
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.ASCII.GetBytes("GET " + Pick(r, Routes)));
        bytes.AddRange(r.Next(2) == 0 ? Encoding.ASCII.GetBytes("/") : Encoding.ASCII.GetBytes("?q="));
        bytes.AddRange(Pick(r, garbage));
        bytes.AddRange(Encoding.ASCII.GetBytes(" HTTP/1.1\r\nHost: localhost\r\n"));
        if (r.Next(2) == 0)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes("Cookie: .Portal.Language="));
            bytes.AddRange(Pick(r, garbage));
            bytes.AddRange(Encoding.ASCII.GetBytes("\r\nAccept-Language: "));
            bytes.AddRange(Pick(r, garbage));
            bytes.AddRange(Encoding.ASCII.GetBytes("\r\n"));
        }

        bytes.AddRange(Encoding.ASCII.GetBytes("\r\n"));
        return new("invalid UTF-8", Describe(Encoding.Latin1.GetString(bytes.ToArray())), bytes.ToArray(), Malformed: true, IsHead: false);
    }

    private static HostileRequest BrokenFraming(Random r)
    {
        var route = Pick(r, Routes);
        return r.Next(10) switch
        {
            0 => Raw("broken framing", $"GET {route} HTTP/1.1\nHost: localhost\n\n", malformed: true),
            1 => Raw("broken framing", $"GET {route} HTTP/2.0\r\nHost: localhost\r\n\r\n", malformed: true),
            2 => Raw("broken framing", $"GET {route}\r\n\r\n", malformed: true),
            3 => Raw("broken framing", $"GET {route} HTTP/1.0\r\n\r\n", malformed: true),
            4 => Raw("broken framing", $"GET {route} HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n", malformed: true),
            5 => Raw("broken framing", $"POST {route} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", malformed: true),
            6 => Raw("broken framing", $"POST {route} HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n", malformed: true),
            7 => Raw("broken framing", $"POST {route} HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", malformed: true),
            8 => Raw("broken framing", $"CONNECT {route} HTTP/1.1\r\nHost: localhost\r\n\r\n", malformed: true),
            _ => Raw("broken framing", $"GET  {route}  HTTP/1.1\r\nHost : localhost\r\n\r\n", malformed: true),
        };
    }

    private static HostileRequest Raw(string family, string text, bool malformed) =>
        new(family, Describe(text), Encoding.UTF8.GetBytes(text), malformed, IsHead: false);

    private static string Describe(string text) => text.Length > 200 ? text[..200] + $"… ({text.Length} characters)" : text;
}
