using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// Uptime monitors and link checkers send HEAD. On real Kestrel, because it is Kestrel that leaves the body
/// out: every address that answers GET answers HEAD with the same status and headers and no body.
/// </summary>
public sealed partial class HeadRequestTests(KestrelPortalFactory factory) : IClassFixture<KestrelPortalFactory>
{
    // Headers a HEAD must repeat from the GET; Date and the like may differ between two answers.
    private static readonly string[] Compared =
    [
        "Content-Type", "Content-Length", "ETag", "Last-Modified", "Cache-Control", "Vary", "Location",
        "Content-Security-Policy", "X-Content-Type-Options", "Content-Language", "Retry-After",
    ];

    [Fact]
    public async Task EveryAddress_AnswersHeadLikeGetWithoutABody()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, UseCookies = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{factory.Port}"),
        };
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var addresses = Loc().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).AbsolutePath)
            .Concat([
                "/", "/sitemap.xml", "/robots.txt", "/healthz", "/favicon.ico", "/css/site.css",
                "/en/peru/feed.xml", "/fr/perou/fil.xml",
                "/en/peru/projects.csv", "/en/peru/projects.json", "/fr/perou/realisations.csv", "/fr/perou/decaissements.json",
                "/en/peru/achievements/2011-2012/old-school-texts", "/en/search?q=fixture", "/en/peru/projects?sort=amount",
                "/EN/Peru/", "/en/no-such-page",
            ])
            .Distinct()
            .ToList();
        Assert.True(addresses.Count > 30, $"only {addresses.Count} addresses found");

        foreach (var encoding in new[] { "identity", "br" })
        {
            foreach (var address in addresses)
            {
                using var get = await SendAsync(client, HttpMethod.Get, address, encoding);
                var getBody = await get.Content.ReadAsByteArrayAsync();
                using var head = await SendAsync(client, HttpMethod.Head, address, encoding);

                Assert.True(get.StatusCode == head.StatusCode, $"HEAD {address}: {(int)head.StatusCode}, GET {(int)get.StatusCode}");
                Assert.True((await head.Content.ReadAsByteArrayAsync()).Length == 0, $"HEAD {address} sent a body");
                foreach (var name in Compared)
                {
                    Assert.True(Values(get, name) == Values(head, name), $"HEAD {address} ({encoding}): {name} is '{Values(head, name)}', GET's is '{Values(get, name)}'");
                }

                if (get.Content.Headers.ContentLength is { } length)
                {
                    Assert.Equal(length, getBody.Length);
                }
            }
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string address, string encoding)
    {
        using var request = new HttpRequestMessage(method, new Uri(address, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        // A returning reader, so no language cookie makes one answer private and not the other.
        request.Headers.Add("Cookie", ".Portal.Language=en");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return await client.SendAsync(request);
    }

    private static string Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Loc();
}
