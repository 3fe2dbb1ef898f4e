using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>The only writer of the store: replaces everything in it with freshly loaded content, in one transaction.</summary>
public sealed partial class ContentImporter(IDbContextFactory<PortalDbContext> contexts, ILogger<ContentImporter> logger, TimeProvider time, bool preview)
{
    /// <summary>For commands and tests without a host: what readers see now.</summary>
    public ContentImporter(IDbContextFactory<PortalDbContext> contexts, ILogger<ContentImporter> logger)
        : this(contexts, logger, TimeProvider.System, preview: false)
    {
    }

    [Microsoft.Extensions.DependencyInjection.ActivatorUtilitiesConstructor]
    public ContentImporter(IDbContextFactory<PortalDbContext> contexts, ILogger<ContentImporter> logger, TimeProvider time, Microsoft.Extensions.Options.IOptions<PortalOptions> options)
        : this(contexts, logger, time, options.Value.Preview)
    {
    }

    public Task ImportAsync(LoadedContent content, CancellationToken cancellationToken = default) =>
        ImportAsync(content, "", cancellationToken);

    /// <summary>
    /// Imports what readers may see at this moment (everything, in preview); the content keeps what was withheld in
    /// <see cref="LoadedContent.View"/>. The <see cref="ContentFingerprint"/> was taken before the files were read
    /// (so a file changed meanwhile makes the stored fingerprint differ from the disk, never match it).
    /// </summary>
    public async Task ImportAsync(LoadedContent content, string fingerprint, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ImportAsync(content, fingerprint, (SqliteConnection)db.Database.GetDbConnection(), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The same import on an open connection: at start on a new store (<see cref="PortalStore.CreateAsync"/>) no context
    /// is needed before the server listens, so EF Core's own start-up is not on the way to the first answer.
    /// </summary>
    public async Task ImportAsync(LoadedContent content, string fingerprint, SqliteConnection connection, CancellationToken cancellationToken = default)
    {
        Publishing.Apply(content, time.GetUtcNow(), preview);
        if (content.View is { DependsOnTime: true })
        {
            // What this store shows changes with the clock (a page due, an expired page answering 410, preview):
            // a restart must read the files again, so no fingerprint is kept that could let it reuse the store.
            fingerprint = "";
        }

        await PortalStore.EnsureSchemaAsync(connection, cancellationToken);
        await using var transaction = connection.BeginTransaction();

        // Readers on other connections keep seeing the previous import until the commit (SQLite WAL),
        // so a page never shows half old and half new content.
        var tables = StoreModel.TablesInOrder;
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            foreach (var table in Enumerable.Reverse(tables))
            {
                delete.CommandText = $"DELETE FROM \"{table.GetTableName()}\"";
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        // Every table the content fills, whatever kind of content declared it, parents first. Every table is written
        // with prepared statements: SaveChanges would track each row for nothing, and at start it costs the time to
        // compile EF's update pipeline.
        foreach (var table in tables)
        {
            await BulkInsert.InsertAsync(connection, transaction, table, content.RowsOf(table.ClrType), cancellationToken);
        }

        await BulkInsert.InsertAsync(connection, transaction, PageCatalog.From(content), cancellationToken);
        await BulkInsert.InsertAsync(connection, transaction, [new ImportRecord { ImportedAt = DateTimeOffset.UtcNow, FileCount = content.FileCount, ContentFingerprint = fingerprint }], cancellationToken);
        await Search.SearchIndex.RebuildAsync(connection, transaction, content, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogImported(logger, content.FileCount, content.Achievements.Count, content.Projects.Count);
    }

    /// <summary>
    /// Everything read from the files (text, front matter, rendered HTML) is garbage once it is in the store: on a
    /// large content folder that is hundreds of megabytes the runtime would otherwise keep committed for a long time.
    /// One compacting collection per import hands it back to the system.
    /// </summary>
    public static void ReleaseMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {FileCount} content files: {Achievements} achievements, {Projects} projects")]
    private static partial void LogImported(ILogger logger, int fileCount, int achievements, int projects);
}
