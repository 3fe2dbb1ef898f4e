using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Peru.Portal.Web.Infrastructure.PreparedPages;

namespace Peru.Portal.Tests.Web;

/// <summary>The headers of a prepared page, sorted once into typed fields and the rest, are written back exactly as given.</summary>
public sealed class PreparedHeadersTests
{
    [Fact]
    public void WrittenHeaders_AreTheGivenHeaders_WhateverTheirCaseOrKind()
    {
        KeyValuePair<string, StringValues>[] given =
        [
            new("Content-Type", "text/html; charset=utf-8"),
            new("cache-control", "public, max-age=300, stale-while-revalidate=3600"),
            new("ETag", "W/\"abc\""),
            new("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT"),
            new("Vary", "Accept-Encoding"),
            new("Content-Language", "fr"),
            new("Link", "</schema.json>; rel=\"describedby\""),
            new("Content-Disposition", "attachment; filename=projects.csv"),
            new("X-Content-Type-Options", "nosniff"),
            new("Content-Security-Policy", "default-src 'self'"),
        ];
        var headers = new HeaderDictionary();

        new PreparedHeaders(given).WriteTo(headers);

        Assert.Equal(given.Length, headers.Count);
        foreach (var (name, value) in given)
        {
            Assert.True(headers.TryGetValue(name, out var written), $"{name} missing");
            Assert.Equal(value, written);
        }
    }

    [Fact]
    public void AHeaderThePageDidNotHave_IsNotWritten()
    {
        var headers = new HeaderDictionary();

        new PreparedHeaders([new("Cache-Control", "no-store")]).WriteTo(headers);

        Assert.Equal(["Cache-Control"], headers.Keys);
    }
}
