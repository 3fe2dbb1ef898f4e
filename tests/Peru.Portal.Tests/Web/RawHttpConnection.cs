using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Peru.Portal.Tests.Web;

/// <summary>What came back for one raw request: nothing at all (Status 0), or a status, headers and body.</summary>
public sealed record RawResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// HTTP/1.1 over a plain socket, kept alive between requests. HttpClient cannot send what this test must:
/// invalid UTF-8, broken escapes, bare line feeds, odd methods, headers past every limit.
/// </summary>
public sealed class RawHttpConnection(int port) : IDisposable
{
    private const int MaxHead = 128 * 1024;

    private TcpClient? _client;
    private Stream? _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public async Task<RawResponse> SendAsync(byte[] request, bool isHead, CancellationToken ct)
    {
        var reused = _stream is not null;
        var response = await SendOnceAsync(request, isHead, ct);

        // A kept-alive connection the server closed between two requests is not an answer: try once on a fresh one.
        return response.Status == 0 && reused ? await SendOnceAsync(request, isHead, ct) : response;
    }

    private async Task<RawResponse> SendOnceAsync(byte[] request, bool isHead, CancellationToken ct)
    {
        if (_stream is null)
        {
            _client = new TcpClient { NoDelay = true };
            await _client.ConnectAsync("127.0.0.1", port, ct);
            _stream = _client.GetStream();
            _start = _end = 0;
        }

        try
        {
            await _stream.WriteAsync(request, ct);
        }
        catch (IOException)
        {
            // The server may close as soon as it has seen enough of a bad request to answer it; the answer is still read.
        }

        var response = await ReadAsync(isHead, ct);
        if (response.Status == 0 || response.Headers.Any(h => h.Name.Equals("Connection", StringComparison.OrdinalIgnoreCase) && h.Value.Equals("close", StringComparison.OrdinalIgnoreCase)))
        {
            Close();
        }

        return response;
    }

    public void Dispose() => Close();

    private void Close()
    {
        _stream?.Dispose();
        _client?.Dispose();
        _stream = null;
        _client = null;
    }

    private async Task<RawResponse> ReadAsync(bool isHead, CancellationToken ct)
    {
        var head = await ReadHeadAsync(ct);
        if (head is null)
        {
            return new(0, [], []);
        }

        var lines = head.Split("\r\n");
        var status = lines[0].Split(' ') is [_, var code, ..] && int.TryParse(code, CultureInfo.InvariantCulture, out var s) ? s : -1;
        var headers = lines.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => (l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())).ToList();
        string? Header(string name) => headers.FirstOrDefault(h => h.Item1.Equals(name, StringComparison.OrdinalIgnoreCase)).Item2;

        byte[] body;
        if (isHead || status is 204 or 304 || status / 100 == 1)
        {
            body = [];
        }
        else if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var all = new MemoryStream();
            while (true)
            {
                var sizeLine = await ReadLineAsync(ct);
                var size = int.Parse(sizeLine.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                all.Write(await ReadExactlyAsync(size, ct));
                await ReadLineAsync(ct);
                if (size == 0)
                {
                    break;
                }
            }

            body = all.ToArray();
        }
        else if (Header("Content-Length") is { } length)
        {
            body = await ReadExactlyAsync(int.Parse(length, CultureInfo.InvariantCulture), ct);
        }
        else
        {
            // No length: the body runs until the server closes.
            using var all = new MemoryStream();
            while (await FillAsync(ct))
            {
                all.Write(_buffer, _start, _end - _start);
                _start = _end;
            }

            body = all.ToArray();
            Close();
        }

        return new(status, headers, body);
    }

    private async Task<string?> ReadHeadAsync(CancellationToken ct)
    {
        using var head = new MemoryStream();
        var matched = 0;
        while (true)
        {
            if (_start == _end && !await FillAsync(ct))
            {
                return head.Length == 0 ? null : throw new IOException("connection closed in the middle of a response head");
            }

            var b = _buffer[_start++];
            head.WriteByte(b);
            matched = (matched, b) switch
            {
                (0 or 2, (byte)'\r') => matched + 1,
                (1 or 3, (byte)'\n') => matched + 1,
                (_, (byte)'\r') => 1,
                _ => 0,
            };
            if (matched == 4)
            {
                return Encoding.Latin1.GetString(head.GetBuffer(), 0, (int)head.Length - 4);
            }

            if (head.Length > MaxHead)
            {
                throw new IOException("response head too long");
            }
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken ct)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !await FillAsync(ct))
            {
                throw new IOException("connection closed in the middle of a chunked body");
            }

            var c = (char)_buffer[_start++];
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append(c);
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken ct)
    {
        var result = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            if (_start == _end && !await FillAsync(ct))
            {
                throw new IOException("connection closed in the middle of a body");
            }

            var n = Math.Min(count - filled, _end - _start);
            Array.Copy(_buffer, _start, result, filled, n);
            _start += n;
            filled += n;
        }

        return result;
    }

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        _start = 0;
        try
        {
            _end = await _stream!.ReadAsync(_buffer, ct);
        }
        catch (IOException)
        {
            // Reset by the server after it answered, or instead of answering: the caller sees no more bytes.
            _end = 0;
        }

        return _end > 0;
    }
}
