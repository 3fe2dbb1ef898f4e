using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>The only writer of the store: replaces everything in it with freshly loaded content, in one transaction.</summary>
public sealed partial class ContentImporter(IDbContextFactory<PortalDbContext> contexts, ILogger<ContentImporter> logger)
{
    public async Task ImportAsync(LoadedContent content, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Readers on other connections keep seeing the previous import until the commit (SQLite WAL),
        // so a page never shows half old and half new content.
        foreach (var table in new[] { "PublishedPages", "Aliases", "Recommendations", "Projects", "Disbursements", "TimelineEvents", "TradeFigures", "Achievements", "FiscalYears", "Themes", "SectionPages", "KeyFigures", "Sources", "Countries", "Imports" })
        {
#pragma warning disable EF1002 // table names come from the list above, never from input
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"", cancellationToken);
#pragma warning restore EF1002
        }

        db.Countries.AddRange(content.Countries);
        db.SectionPages.AddRange(content.SectionPages);
        db.Themes.AddRange(content.Themes);
        db.FiscalYears.AddRange(content.FiscalYears);
        db.TradeFigures.AddRange(content.TradeFigures);
        db.TimelineEvents.AddRange(content.Timeline);
        db.Disbursements.AddRange(content.Disbursements);
        db.Recommendations.AddRange(content.Recommendations);
        db.Aliases.AddRange(content.Aliases);
        db.Imports.Add(new ImportRecord { ImportedAt = DateTimeOffset.UtcNow, FileCount = content.FileCount });
        await db.SaveChangesAsync(cancellationToken);

        // The tables that grow with the content skip change tracking.
        await BulkInsert.InsertAsync(db, content.Achievements, cancellationToken);
        await BulkInsert.InsertAsync(db, content.Projects, cancellationToken);
        await BulkInsert.InsertAsync(db, PageCatalog.From(content), cancellationToken);
        await Search.SearchIndex.RebuildAsync(db, content, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogImported(logger, content.FileCount, content.Achievements.Count, content.Projects.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {FileCount} content files: {Achievements} achievements, {Projects} projects")]
    private static partial void LogImported(ILogger logger, int fileCount, int achievements, int projects);
}
