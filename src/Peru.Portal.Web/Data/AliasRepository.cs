using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

public sealed class AliasRepository(PortalDbContext db)
{
    /// <summary>The current address of a page that used to live at <paramref name="path"/>, if any.</summary>
    public async Task<string?> FindCurrentAddressAsync(string path, CancellationToken ct = default)
    {
        var key = path.TrimEnd('/').ToLowerInvariant();
        return await db.Aliases.AsNoTracking().Where(a => a.Path == key).Select(a => a.TargetPath).FirstOrDefaultAsync(ct);
    }
}
