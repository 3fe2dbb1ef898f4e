using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>The only writer of the store: replaces everything in it with freshly loaded content, in one transaction.</summary>
public sealed partial class ContentImporter(IDbContextFactory<PortalDbContext> contexts, ILogger<ContentImporter> logger)
{
    public async Task ImportAsync(LoadedContent content, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await PortalStore.EnsureSchemaAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Readers on other connections keep seeing the previous import until the commit (SQLite WAL),
        // so a page never shows half old and half new content.
        foreach (var table in new[] { "GlossaryEntries", "PublishedPages", "Aliases", "Recommendations", "Projects", "Disbursements", "TimelineEvents", "TradeFigures", "Achievements", "FiscalYears", "Themes", "SectionPages", "KeyFigures", "Sources", "Countries", "Imports" })
        {
#pragma warning disable EF1002 // table names come from the list above, never from input
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"", cancellationToken);
#pragma warning restore EF1002
        }

        // Every table is written with prepared statements: SaveChanges would track each row for nothing, and at
        // start it costs the time to compile EF's update pipeline.
        await BulkInsert.InsertAsync(db, content.Countries, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Countries.SelectMany(c => c.Sources), cancellationToken);
        await BulkInsert.InsertAsync(db, content.Countries.SelectMany(c => c.KeyFigures), cancellationToken);
        await BulkInsert.InsertAsync(db, content.SectionPages, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Themes, cancellationToken);
        await BulkInsert.InsertAsync(db, content.FiscalYears, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Achievements, cancellationToken);
        await BulkInsert.InsertAsync(db, content.TradeFigures, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Timeline, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Disbursements, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Projects, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Recommendations, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Aliases, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Glossary, cancellationToken);
        await BulkInsert.InsertAsync(db, PageCatalog.From(content), cancellationToken);
        await BulkInsert.InsertAsync(db, [new ImportRecord { ImportedAt = DateTimeOffset.UtcNow, FileCount = content.FileCount }], cancellationToken);
        await Search.SearchIndex.RebuildAsync(db, content, cancellationToken);
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
