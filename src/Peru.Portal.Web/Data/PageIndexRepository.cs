using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>Every page the portal publishes, for the sitemap, the language toggle, the manifest and the export.</summary>
public sealed class PageIndexRepository(PortalDbContext db)
{
    public Task<List<PublishedPage>> ListPagesAsync(CancellationToken ct = default) =>
        db.PublishedPages.AsNoTracking().OrderBy(p => p.Language).ThenBy(p => p.Path).ToListAsync(ct);

    /// <summary>The same page in the other languages, by language code; empty when the address is not a published page.</summary>
    public async Task<Dictionary<string, string>> FindTwinsAsync(string path, CancellationToken ct = default)
    {
        var key = await db.PublishedPages.AsNoTracking().Where(p => p.Path == path).Select(p => p.Key).FirstOrDefaultAsync(ct);
        return key is null
            ? []
            : await db.PublishedPages.AsNoTracking().Where(p => p.Key == key && p.Path != path).ToDictionaryAsync(p => p.Language, p => p.Path, ct);
    }

    public Task<PublishedPage?> FindPageAsync(string path, CancellationToken ct = default) =>
        db.PublishedPages.AsNoTracking().FirstOrDefaultAsync(p => p.Path == path, ct);

    public Task<List<PageAlias>> ListAliasesAsync(CancellationToken ct = default) =>
        db.Aliases.AsNoTracking().OrderBy(a => a.Path).ToListAsync(ct);
}
