using System.Globalization;
using System.Threading.RateLimiting;

namespace Peru.Portal.Web.Search;

public sealed class SearchOptions
{
    public const string Section = "Portal:Search";

    /// <summary>Searches one client may make in a minute before it is asked to wait (429 with Retry-After).</summary>
    public int RequestsPerMinute { get; set; } = 60;

    public int PageSize { get; set; } = 10;
}

public static class SearchServices
{
    public const string RateLimitPolicy = "search";

    public static IServiceCollection AddPortalSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddScoped<SearchRepository>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
