using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Tests.Data;

/// <summary>A real SQLite database in memory, kept open for the test's life, with the fixture content imported.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public PooledFactory Contexts { get; private set; } = null!;

    public PortalDbContext NewContext() => Contexts.CreateDbContext();

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_connection).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
        Contexts = new PooledFactory(options);
        var loaded = new ContentLoader(new MarkdownRenderer()).Load(PortalFactory.FixtureContent);
        Assert.Empty(loaded.Problems);
        await new ContentImporter(Contexts, NullLogger<ContentImporter>.Instance).ImportAsync(loaded.Content);
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    public sealed class PooledFactory(DbContextOptions<PortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new(options);
    }
}
