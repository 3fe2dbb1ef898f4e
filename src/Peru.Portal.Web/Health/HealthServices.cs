using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Health;

public static class HealthServices
{
    public static IServiceCollection AddPortalHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
        return services;
    }
}

/// <summary>Healthy once content is imported and the store answers a query.</summary>
public sealed class ContentHealthCheck(ContentState state, IDbContextFactory<PortalDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsLoaded)
        {
            return HealthCheckResult.Unhealthy("content is not loaded");
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Imports.AnyAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"content imported at {state.LastImport:O}")
                : HealthCheckResult.Unhealthy("the store holds no import");
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("the store does not answer");
        }
    }
}
