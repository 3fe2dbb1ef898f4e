using Microsoft.Extensions.Diagnostics.HealthChecks;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Health;

public static class HealthServices
{
    /// <summary>Where the health check answers (PORTAL.md).</summary>
    public const string Path = "/healthz";

    public static IServiceCollection AddPortalHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");

        // Degraded still answers 200: the portal serves its last good content, so load balancers keep it.
        services.Configure<Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions>(options =>
        {
            options.ResultStatusCodes[HealthStatus.Degraded] = StatusCodes.Status200OK;
            options.ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(report.Status.ToString());
                foreach (var entry in report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy && e.Description is not null))
                {
                    await context.Response.WriteAsync("\n" + entry.Description);
                }
            };
        });
        return services;
    }
}

/// <summary>Healthy once content is imported and the store answers a query.</summary>
public sealed class ContentHealthCheck(ContentState state, StartupImport startup, StoreLocation store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.IsServing)
        {
            return HealthCheckResult.Unhealthy("content is not loaded");
        }

        try
        {
            // Plain SQL: the first health check after a start would otherwise wait for EF Core to compile its query.
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(store.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM \"Imports\")";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return HealthCheckResult.Unhealthy("the store holds no import");
            }

            return state.IsDegraded
                ? HealthCheckResult.Degraded("serving the last good content; the content files have problems:\n" + string.Join("\n", state.Problems.Take(50)))
                : HealthCheckResult.Healthy($"content imported at {state.LastImport:O}");
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("the store does not answer");
        }
    }
}
