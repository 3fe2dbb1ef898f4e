using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Web.Infrastructure.PreparedPages;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// On real Kestrel, which is what the prepared path writes its headers and body into: the answer of a prepared page
/// is the answer that rendered it, header for header and byte for byte, with a Content-Length that is the body's.
/// </summary>
public sealed class PreparedAnswersOnKestrelTests(KestrelPortalFactory factory) : IClassFixture<KestrelPortalFactory>
{
    // Of the moment; and the rendered answer is compressed as it is written, so it goes out chunked.
    private static readonly HashSet<string> Moment = new(StringComparer.OrdinalIgnoreCase) { "Date", "Age", "Content-Length", "Transfer-Encoding" };

    [Theory]
    [InlineData("/en/peru/disbursements", "br")]
    [InlineData("/fr/perou/decaissements", "gzip")]
    [InlineData("/en/peru/achievements", "identity")]
    [InlineData("/en/peru/projects.csv", "br")]
    public async Task PreparedAnswer_IsTheRenderedAnswer(string address, string encoding)
    {
        var port = factory.Port;
        var store = factory.Services.GetRequiredService<PreparedPageStore>();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, UseCookies = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };

        using var rendered = await SendAsync(client, address, encoding);
        var renderedBody = await rendered.Content.ReadAsByteArrayAsync();
        var before = store.Served;
        using var prepared = await SendAsync(client, address, encoding);
        var preparedBody = await prepared.Content.ReadAsByteArrayAsync();

        Assert.Equal(before + 1, store.Served);
        Assert.Equal(HttpStatusCode.OK, prepared.StatusCode);
        Assert.Equal(Headers(rendered), Headers(prepared));
        Assert.Equal(renderedBody, preparedBody);
        Assert.Equal(preparedBody.Length, prepared.Content.Headers.ContentLength);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string address, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        request.Headers.Add("Cookie", ".Portal.Language=" + address.Split('/')[1]);
        return await client.SendAsync(request);
    }

    private static string Headers(HttpResponseMessage response) => string.Join("\n", response.Headers.Concat(response.Content.Headers)
        .Where(h => !Moment.Contains(h.Key))
        .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
        .Select(h => $"{h.Key.ToLowerInvariant()}: {string.Join(", ", h.Value)}"));
}
