using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

public static class PortalStore
{
    public static IServiceCollection AddPortalStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var location = Location(configuration, environment);
        var connectionString = location.ConnectionString;
        services.AddSingleton(location);
        services.AddDbContextFactory<PortalDbContext>(options => options
            .UseSqlite(connectionString)
            .UseModel(CompiledModel.PortalDbContextModel.Instance)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddScoped<CountryRepository>();
        services.AddScoped<ThemeRepository>();
        services.AddScoped<AchievementRepository>();
        services.AddScoped<ProjectRepository>();
        services.AddScoped<PlaceRepository>();
        services.AddScoped<SectionRepository>();
        services.AddScoped<EvaluationRepository>();
        services.AddScoped<AliasRepository>();
        services.AddScoped<PageIndexRepository>();
        services.AddSingleton<CountryCache>();
        return services;
    }

    /// <summary>Where the configuration puts the store (App_Data/portal.db by default); its folder is created.</summary>
    public static StoreLocation Location(IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            return new($"Data Source={Path.Combine(folder, "portal.db")}");
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        return new(connectionString);
    }

    /// <summary>The store is only a copy of the files, so at start it is dropped and built again from them.</summary>
    public static async Task RecreateAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.EnsureDeletedAsync();
        await EnsureSchemaAsync(db);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>
    /// Creates the tables from <c>Data/Schema.sql</c> when the store has none. EnsureCreated would give the same
    /// tables, but it builds EF's design-time model to write them, which was a third of the portal's start-up;
    /// a test fails when the file no longer matches the model.
    /// </summary>
    public static async Task EnsureSchemaAsync(PortalDbContext db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'Imports'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                command.CommandText = Schema;
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The store's tables and indexes, as EF Core's <c>GenerateCreateScript</c> writes them for the model.</summary>
    public static string Schema { get; } = ReadSchema();

    private static string ReadSchema()
    {
        using var stream = typeof(PortalStore).Assembly.GetManifestResourceStream("Peru.Portal.Web.Data.Schema.sql")
            ?? throw new InvalidOperationException("Data/Schema.sql is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
