using Microsoft.AspNetCore.Http.Extensions;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// The query parameters an action reads, declared on it. Every other parameter (utm_source, fbclid, gclid,
/// a cache-buster…) is removed before the page is looked up in the cache, so it can never cause a render, a
/// second cached copy or a different ETag. An action without the declaration reads none.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ReadsQueryAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}

/// <summary>
/// What each query parameter of the portal may hold, in one table: a value that fits is written in its one
/// canonical form (so <c>sort=AMOUNT</c> and <c>sort=amount</c> are one cached page), and a malformed value is
/// dropped, giving the page without it: the same cached copy as the plain address, never a render per value.
/// </summary>
public static class QueryParameters
{
    public const string Sort = "sort";
    public const string Direction = "dir";
    public const string Theme = "theme";
    public const string Scope = "scope";
    public const string Query = "q";
    public const string Section = "section";
    public const string Page = "page";

    private const int MaxSearchLength = 200;
    private const int MaxSearchPage = 1000;

    private static readonly Dictionary<string, Func<string, string?>> Rules = new(StringComparer.Ordinal)
    {
        [Sort] = Choice("title", "amount", "period", "implementer", "theme"),
        [Direction] = Choice("asc", "desc"),
        [Scope] = Choice(null, "peru", "regional"),

        // Whether the theme exists is the page's question (an unknown one is a 404); here only its shape.
        [Theme] = SlugShaped,

        // A section is named as search shows it ("Thematic focus"); one that matches nothing finds nothing.
        [Section] = value => value.Trim() is { Length: > 0 and <= 64 } name ? name : null,
        [Query] = value => value.Trim() is { Length: > 0 } text ? text.Length > MaxSearchLength ? text[..MaxSearchLength] : text : null,

        // Page 1 is the page without the parameter: one copy, not two.
        [Page] = value => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 1 and <= MaxSearchPage
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    /// <summary>The query string with only <paramref name="declared"/> parameters, each once, canonical and in declared order.</summary>
    public static QueryString Canonical(IQueryCollection query, IReadOnlyList<string> declared)
    {
        if (declared.Count == 0 || query.Count == 0)
        {
            return QueryString.Empty;
        }

        var builder = new QueryBuilder();
        foreach (var name in declared)
        {
            // A repeated parameter is read once, its first value, as model binding does.
            if (query.TryGetValue(name, out var values) && values.Count > 0 && values[0] is { } first
                && Rules.TryGetValue(name, out var rule) && rule(first) is { } canonical)
            {
                builder.Add(name, canonical);
            }
        }

        return builder.ToQueryString();
    }

    public static bool IsKnown(string name) => Rules.ContainsKey(name);

    /// <summary>One of <paramref name="others"/>; <paramref name="byDefault"/>, what the page shows without the
    /// parameter, is dropped like a value that fits none.</summary>
    private static Func<string, string?> Choice(string? byDefault, params string[] others) => value =>
        others.FirstOrDefault(a => a.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string? SlugShaped(string value)
    {
        var slug = value.Trim().ToLowerInvariant();
        return Content.Slugs.IsValid(slug) ? slug : null;
    }
}

/// <summary>Runs after routing (the endpoint names what it reads) and before the output cache (which keys on the query).</summary>
public sealed class QueryNormalizationMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // Files carry their own query (the ?v= fingerprint) and match no endpoint; they are left alone.
        if (context.Request.QueryString.HasValue && context.GetEndpoint() is { } endpoint)
        {
            var declared = endpoint.Metadata.GetMetadata<ReadsQueryAttribute>()?.Names ?? [];
            context.Request.QueryString = QueryParameters.Canonical(context.Request.Query, declared);
        }

        return next(context);
    }
}
