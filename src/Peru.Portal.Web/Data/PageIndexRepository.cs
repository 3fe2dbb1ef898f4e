using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>Every page the portal publishes, for the sitemap, the language toggle, the manifest and the export.</summary>
public sealed class PageIndexRepository(PortalDbContext db, PageFamilyCache? families = null)
{
    public Task<List<PublishedPage>> ListPagesAsync(CancellationToken ct = default) =>
        db.PublishedPages.AsNoTracking().OrderBy(p => p.Language).ThenBy(p => p.Path).ToListAsync(ct);

    /// <summary>
    /// The page at an address and the same page in the other languages (those sharing its key), in one query: every
    /// page asks for both before it renders. Empty when the address is not a published page. Read once per import when a
    /// cache is given; what it gives is shared, and only read.
    /// </summary>
    public async Task<IReadOnlyList<PublishedPage>> FindWithTwinsAsync(string path, CancellationToken ct = default)
    {
        return (families is null ? await ReadAsync() : await families.GetAsync(path, ReadAsync)) ?? [];

        async Task<IReadOnlyList<PublishedPage>?> ReadAsync() =>
            await WithTwins(db, path).ToListAsync(ct) is { Count: > 0 } family ? family : null;
    }

    // Compiled once: every page runs it (see FindWithTwinsAsync), and EF Core would otherwise take the expression
    // apart and look its plan up again for each.
    private static readonly Func<PortalDbContext, string, IAsyncEnumerable<PublishedPage>> WithTwins =
        EF.CompileAsyncQuery((PortalDbContext db, string path) => db.PublishedPages.AsNoTracking()
            .Where(p => p.Key == db.PublishedPages.Where(q => q.Path == path).Select(q => q.Key).FirstOrDefault()));

    public Task<PublishedPage?> FindPageAsync(string path, CancellationToken ct = default) =>
        db.PublishedPages.AsNoTracking().FirstOrDefaultAsync(p => p.Path == path, ct);

    public Task<List<PageAlias>> ListAliasesAsync(CancellationToken ct = default) =>
        db.Aliases.AsNoTracking().OrderBy(a => a.Path).ToListAsync(ct);
}
