using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Web.Infrastructure.PreparedPages;

namespace Peru.Portal.Tests.Web;

/// <summary>The portal with the prepared pages turned off: every answer comes from the ordinary path.</summary>
public sealed class OrdinaryPathFactory : PortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Portal:Caching:PreparedPagesMegabytes", "0")];
}

/// <summary>
/// A page rendered once for the current content is answered again before routing; what a client receives is the
/// ordinary path's answer, byte for byte and header for header.
/// </summary>
// Compares two portals answer by answer, timing included (what the output cache holds yet): alone, so that the
// rest of the suite (exports, store rebuilds, browsers) running beside it cannot make one of the two lag.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PreparedPagesAlone
{
    public const string Name = "prepared pages, alone";
}

[Collection(PreparedPagesAlone.Name)]
public sealed partial class PreparedPageTests(PortalFactory prepared, OrdinaryPathFactory ordinary)
    : IClassFixture<PortalFactory>, IClassFixture<OrdinaryPathFactory>
{
    // Of the moment, or of the import (each portal imported at its own time).
    private static readonly HashSet<string> Moment = new(StringComparer.OrdinalIgnoreCase) { "Date", "Age", "Last-Modified" };

    // The output cache replays the Date it stored; a prepared answer leaves it to the server (Kestrel writes the
    // current one, the in-memory test server none). Age is there only once the output cache has stored its copy,
    // which it does after the answer that rendered the page has gone: on a busy machine the next request may
    // still be rendered.
    private static readonly HashSet<string> Unlisted = new(StringComparer.OrdinalIgnoreCase) { "Date", "Age" };

    private PreparedPageStore Store => prepared.Services.GetRequiredService<PreparedPageStore>();

    [Fact]
    public async Task SecondRequestForAPage_IsAnsweredByThePreparedPath_WithTheSameBytes()
    {
        var client = prepared.CreateClient();
        using var first = await SendAsync(client, HttpMethod.Get, "/en/peru/disbursements", "br");
        var before = Store.Served;
        using var second = await SendAsync(client, HttpMethod.Get, "/en/peru/disbursements", "br");
        using var tracked = await SendAsync(client, HttpMethod.Get, "/en/peru/disbursements?utm_source=news&fbclid=x1", "br");

        Assert.Equal(before + 2, Store.Served);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("br", second.Content.Headers.ContentEncoding.Single());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(await second.Content.ReadAsByteArrayAsync(), await tracked.Content.ReadAsByteArrayAsync());
        Assert.Equal(second.Headers.ETag, tracked.Headers.ETag);
    }

    [Theory]
    [InlineData("/en/search?q=water")]
    [InlineData("/en/peru/no-such-page")]
    [InlineData("/EN/Peru/")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    public async Task SearchErrorsRedirectsHealthAndFiles_TakeTheOrdinaryPath(string address)
    {
        var client = prepared.CreateClient(new() { AllowAutoRedirect = false });
        using (await SendAsync(client, HttpMethod.Get, address, "br"))
        {
        }

        var before = Store.Served;
        using (await SendAsync(client, HttpMethod.Get, address, "br"))
        {
        }

        Assert.Equal(before, Store.Served);
    }

    [Fact]
    public async Task ReaderWhoWouldBeGivenTheLanguageCookie_TakesTheOrdinaryPath_AndGetsIt()
    {
        var client = prepared.CreateClient();
        using (await SendAsync(client, HttpMethod.Get, "/en/peru/projects", "br"))
        {
        }

        var before = Store.Served;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/en/peru/projects", UriKind.Relative));
        request.Headers.Add("Cookie", ".Portal.Language=fr");
        using var response = await client.SendAsync(request);

        Assert.Equal(before, Store.Served);
        Assert.True(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl?.Private);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("https")]
    public async Task PreparedAnswers_AreTheOrdinaryPathsAnswers(string scheme)
    {
        var fast = prepared.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri($"{scheme}://localhost") });
        var slow = ordinary.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri($"{scheme}://localhost") });
        var sitemap = await slow.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var addresses = Loc().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).PathAndQuery)
            .Concat(["/sitemap.xml", "/robots.txt", "/en/peru/feed.xml", "/fr/perou/fil.xml", "/en/peru/projects.csv", "/fr/perou/decaissements.json",
                "/en/peru/projects?sort=amount&dir=desc&utm_source=x", "/en/peru/projects?SORT=sideways", "/en/peru/achievements?theme=economic-growth"])
            .Distinct()
            .ToList();
        Assert.True(addresses.Count > 30, $"only {addresses.Count} addresses found");
        var servedBefore = Store.Served;

        foreach (var address in addresses)
        {
            foreach (var encoding in new[] { "identity", "br", "gzip", "gzip;q=0.5, br;q=0.4" })
            {
                // The first requests render the page on both (and prepare it on one); the output cache keeps a HEAD
                // apart from the GET, so each is asked once before the answers compared.
                foreach (var warm in new[] { HttpMethod.Get, HttpMethod.Head })
                {
                    using (await SendAsync(fast, warm, address, encoding))
                    using (await SendAsync(slow, warm, address, encoding))
                    {
                    }
                }

                foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
                {
                    using var expected = await SendAsync(slow, method, address, encoding);
                    using var actual = await SendAsync(fast, method, address, encoding);
                    await AssertSameAsync(expected, actual, $"{method} {scheme} {address} ({encoding})");

                    using var expectedNotModified = await SendAsync(slow, method, address, encoding, expected.Headers.ETag);
                    using var actualNotModified = await SendAsync(fast, method, address, encoding, actual.Headers.ETag);
                    await AssertSameAsync(expectedNotModified, actualNotModified, $"{method} {scheme} {address} ({encoding}) If-None-Match");
                }
            }
        }

        Assert.True(Store.Served - servedBefore >= addresses.Count * 8, $"only {Store.Served - servedBefore} prepared answers");
    }

    private static async Task AssertSameAsync(HttpResponseMessage expected, HttpResponseMessage actual, string what)
    {
        Assert.True(expected.StatusCode == actual.StatusCode, $"{what}: {(int)actual.StatusCode}, expected {(int)expected.StatusCode}");
        var want = Headers(expected).Where(h => !Unlisted.Contains(h.Key)).ToDictionary(StringComparer.OrdinalIgnoreCase);
        var got = Headers(actual).Where(h => !Unlisted.Contains(h.Key)).ToDictionary(StringComparer.OrdinalIgnoreCase);
        Assert.True(want.Keys.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(got.Keys.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase),
            $"{what}: headers [{string.Join(", ", got.Keys)}], expected [{string.Join(", ", want.Keys)}]");
        foreach (var (name, value) in want.Where(h => !Moment.Contains(h.Key)))
        {
            Assert.True(value == got[name], $"{what}: {name} is '{got[name]}', expected '{value}'");
        }

        // The in-memory server sends whatever a HEAD writes (Kestrel leaves it out): HeadRequestTests checks HEAD on Kestrel.
        if (expected.RequestMessage?.Method == HttpMethod.Head)
        {
            return;
        }

        var wantBody = await expected.Content.ReadAsByteArrayAsync();
        var gotBody = await actual.Content.ReadAsByteArrayAsync();
        Assert.True(wantBody.AsSpan().SequenceEqual(gotBody), $"{what}: the bodies differ");
    }

    private static Dictionary<string, string> Headers(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string address, string encoding, EntityTagHeaderValue? etag = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(address, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        request.Headers.Add("Cookie", ".Portal.Language=" + address.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() switch
        {
            "fr" => "fr",
            "es" => "es",
            _ => "en",
        });
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Loc();
}

public sealed class PreparedPagesAfterAnEditTests(EditableContentFactory factory) : IClassFixture<EditableContentFactory>
{
    [Fact]
    public async Task Import_DropsEveryPreparedPage()
    {
        var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<PreparedPageStore>();
        var year = new Uri("/en/peru/achievements/2011-2012", UriKind.Relative);
        await client.GetStringAsync(year);
        await client.GetStringAsync(new Uri("/en/peru/projects", UriKind.Relative));
        var served = store.Served;
        Assert.Contains("Safer small-scale mining", await client.GetStringAsync(year), StringComparison.Ordinal);
        Assert.Equal(served + 1, store.Served);
        Assert.True(store.Count >= 2);

        var file = Path.Combine(factory.ContentPath, "peru", "achievements", "2011-2012", "safer-mining.md");
        var original = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, original.Replace("title: Safer small-scale mining", "title: Mining made safer", StringComparison.Ordinal));
        Assert.True(await EditableContentFactory.EventuallyAsync(async () => (await client.GetStringAsync(year)).Contains("Mining made safer", StringComparison.Ordinal)), "the edit did not appear");

        // Only the page asked for since the import is held; the projects page went with the old content.
        Assert.Contains("Mining made safer", await client.GetStringAsync(year), StringComparison.Ordinal);
        Assert.Equal(1, store.Count);
        await File.WriteAllTextAsync(file, original);
    }
}
