using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

/// <summary>
/// Content imported into a private in-memory SQLite store, for commands that need what the portal would
/// publish without starting it; the same importer and repositories as the running portal, so they agree.
/// </summary>
public sealed class ContentSnapshot : IAsyncDisposable, IDbContextFactory<PortalDbContext>
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private DbContextOptions<PortalDbContext> _options = null!;

    public PortalDbContext CreateDbContext() => new(_options);

    public static async Task<ContentSnapshot> ImportAsync(LoadedContent content, CancellationToken ct = default)
    {
        var snapshot = new ContentSnapshot();
        await snapshot._connection.OpenAsync(ct);
        snapshot._options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(snapshot._connection).UseModel(CompiledModel.PortalDbContextModel.Instance).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
        await new ContentImporter(snapshot, NullLogger<ContentImporter>.Instance).ImportAsync(content, ct);
        return snapshot;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
