using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

public static class PortalStore
{
    public static IServiceCollection AddPortalStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "portal.db")}";
        }
        else
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            if (builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }
        }

        services.AddDbContextFactory<PortalDbContext>(options => options
            .UseSqlite(connectionString)
            .UseModel(CompiledModel.PortalDbContextModel.Instance)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddScoped<CountryRepository>();
        services.AddScoped<ThemeRepository>();
        services.AddScoped<AchievementRepository>();
        services.AddScoped<ProjectRepository>();
        services.AddScoped<SectionRepository>();
        services.AddScoped<EvaluationRepository>();
        services.AddScoped<AliasRepository>();
        services.AddScoped<PageIndexRepository>();
        return services;
    }

    /// <summary>The store is only a copy of the files, so at start it is dropped and built again from them.</summary>
    public static async Task RecreateAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
