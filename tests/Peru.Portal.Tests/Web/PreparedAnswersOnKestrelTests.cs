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

    [Fact]
    public async Task PreparedHead_HasTheHeadersOfTheGet_AndNoBody()
    {
        const string address = "/en/peru/disbursements";
        var store = factory.Services.GetRequiredService<PreparedPageStore>();
        using var client = Client();
        using var rendered = await SendAsync(client, address, "br");
        var renderedBody = await rendered.Content.ReadAsByteArrayAsync();
        using var prepared = await SendAsync(client, address, "br");
        var preparedBody = await prepared.Content.ReadAsByteArrayAsync();

        var before = store.Served;
        using var head = await SendAsync(client, address, "br", HttpMethod.Head);
        var headBody = await head.Content.ReadAsByteArrayAsync();

        Assert.Equal(before + 1, store.Served);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(Headers(rendered), Headers(head));
        Assert.Equal(preparedBody.Length, head.Content.Headers.ContentLength);
        Assert.Equal(renderedBody, preparedBody);
        Assert.Empty(headBody);
    }

    [Fact]
    public async Task PipelinedPreparedAnswers_EachCarryTheirHeadersThenExactlyTheirBody()
    {
        const string address = "/en/peru/achievements";
        var store = factory.Services.GetRequiredService<PreparedPageStore>();
        using var client = Client();
        using (var warm = await SendAsync(client, address, "gzip"))
        {
            await warm.Content.ReadAsByteArrayAsync();
        }

        using var expected = await SendAsync(client, address, "gzip");
        var expectedBody = await expected.Content.ReadAsByteArrayAsync();

        // Three requests in one write on one connection: each answer must be its status line, its headers, then the
        // body of exactly the length it announces, with the next answer right behind.
        var before = store.Served;
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, factory.Port);
        var stream = socket.GetStream();
        var one = $"GET {address} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\nCookie: .Portal.Language=en\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(one + one + one));

        var reader = new BufferedReader(stream);
        for (var i = 0; i < 3; i++)
        {
            var head = await reader.ReadHeadAsync();
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", head, StringComparison.Ordinal);
            Assert.Contains("\r\nContent-Encoding: gzip\r\n", head, StringComparison.Ordinal);
            var length = int.Parse(head.Split("\r\n").Single(line => line.StartsWith("Content-Length: ", StringComparison.Ordinal))["Content-Length: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expectedBody, await reader.ReadBytesAsync(length));
        }

        Assert.Equal(before + 3, store.Served);
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, UseCookies = false })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{factory.Port}"),
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string address, string encoding, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, address);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        request.Headers.Add("Cookie", ".Portal.Language=" + address.Split('/')[1]);
        return await client.SendAsync(request);
    }

    private static string Headers(HttpResponseMessage response) => string.Join("\n", response.Headers.Concat(response.Content.Headers)
        .Where(h => !Moment.Contains(h.Key))
        .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
        .Select(h => $"{h.Key.ToLowerInvariant()}: {string.Join(", ", h.Value)}"));

    /// <summary>Reads HTTP/1.1 answers off a socket: a head up to its blank line, then a body of a given length.</summary>
    private sealed class BufferedReader(Stream stream)
    {
        private readonly List<byte> _buffer = [];

        public async Task<string> ReadHeadAsync()
        {
            int end;
            while ((end = IndexOfBlankLine()) < 0)
            {
                await FillAsync();
            }

            var head = System.Text.Encoding.ASCII.GetString([.. _buffer.Take(end + 4)]);
            _buffer.RemoveRange(0, end + 4);
            return head;
        }

        public async Task<byte[]> ReadBytesAsync(int count)
        {
            while (_buffer.Count < count)
            {
                await FillAsync();
            }

            var bytes = _buffer.Take(count).ToArray();
            _buffer.RemoveRange(0, count);
            return bytes;
        }

        private int IndexOfBlankLine()
        {
            for (var i = 0; i + 3 < _buffer.Count; i++)
            {
                if (_buffer[i] == '\r' && _buffer[i + 1] == '\n' && _buffer[i + 2] == '\r' && _buffer[i + 3] == '\n')
                {
                    return i;
                }
            }

            return -1;
        }

        private async Task FillAsync()
        {
            var chunk = new byte[8192];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var read = await stream.ReadAsync(chunk, timeout.Token);
            Assert.True(read > 0, "the server closed the connection before the answers ended");
            _buffer.AddRange(chunk.AsSpan(0, read));
        }
    }
}
