using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>Every page the portal publishes, for the sitemap, the language toggle, the manifest and the export.</summary>
public sealed class PageIndexRepository(PortalDbContext db)
{
    public Task<List<PublishedPage>> ListPagesAsync(CancellationToken ct = default) =>
        db.PublishedPages.AsNoTracking().OrderBy(p => p.Language).ThenBy(p => p.Path).ToListAsync(ct);

    /// <summary>The same page in the other language, or null when the address is not a published page.</summary>
    public async Task<string?> FindTwinAsync(string path, CancellationToken ct = default)
    {
        var page = await db.PublishedPages.AsNoTracking().FirstOrDefaultAsync(p => p.Path == path, ct);
        return page is null
            ? null
            : await db.PublishedPages.AsNoTracking().Where(p => p.Key == page.Key && p.Language != page.Language).Select(p => p.Path).FirstOrDefaultAsync(ct);
    }

    public Task<List<PageAlias>> ListAliasesAsync(CancellationToken ct = default) =>
        db.Aliases.AsNoTracking().OrderBy(a => a.Path).ToListAsync(ct);
}
