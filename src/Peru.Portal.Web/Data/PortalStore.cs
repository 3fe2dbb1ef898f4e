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
        // Pooled: a new context resolves its share of EF Core's internal services (DbContextDependencies) each time,
        // which on every uncached page cost more than its queries' SQL (8% of the export's CPU, measured with perf).
        // Contexts only read, untracked, so a returned one holds nothing of its request. A pool this size covers every
        // query in flight on two cores; a burst beyond it makes contexts that are not kept.
        services.AddPooledDbContextFactory<PortalDbContext>(
            options => options
                .UseSqlite(connectionString)
                .UseModel(CompiledModel.PortalDbContextModel.Instance)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking),
            poolSize: 64);
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
        services.AddSingleton<ThemeCache>();
        services.AddSingleton<PageFamilyCache>();
        services.AddSingleton<YearOrderCache>();
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

    /// <summary>
    /// The store is only a copy of the files, so on a new import at start it is dropped and built again from them: as
    /// EF Core's EnsureDeleted would drop it, but on a plain connection, which is then left open for the import. A
    /// context's first creation builds EF Core's services, half a second that start-up no longer waits for.
    /// </summary>
    public static async Task<SqliteConnection> CreateAsync(StoreLocation store, CancellationToken ct = default)
    {
        var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync(ct);
        var file = connection.DataSource;
        if (!string.IsNullOrEmpty(file))
        {
            await connection.CloseAsync();
            SqliteConnection.ClearPool(connection);

            // A -wal left by a process that was stopped abruptly belongs to the old file: SQLite would replay it into
            // the new one, so it goes with it.
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            await connection.OpenAsync(ct);
        }

        await EnsureSchemaAsync(connection, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <summary>
    /// Creates the tables from <c>Data/Schema.sql</c> when the store has none. EnsureCreated would give the same
    /// tables, but it builds EF's design-time model to write them, which was a third of the portal's start-up;
    /// a test fails when the file no longer matches the model.
    /// </summary>
    public static async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken ct = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'Imports'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            // One transaction: each of the script's statements would otherwise be committed (and synced to disk) alone.
            await using var transaction = connection.BeginTransaction();
            command.Transaction = transaction;
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>
    /// Loads SQLite (its native library and the provider's first use) on a store of no consequence, in memory, and the
    /// compiled model with the import's columns: start-up runs this beside the reading of the files, so that creating
    /// and filling the new store afterwards does not wait for either.
    /// </summary>
    public static void Prepare()
    {
        using (var connection = new SqliteConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT sqlite_version()";
            command.ExecuteScalar();
        }

        BulkInsert.Plan(StoreModel.TablesInOrder);
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
