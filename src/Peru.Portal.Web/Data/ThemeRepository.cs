using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

public sealed class ThemeRepository(PortalDbContext db)
{
    public Task<List<Theme>> ListThemesAsync(string language, string country, CancellationToken ct = default) =>
        db.Themes.AsNoTracking().Where(x => x.Language == language).Where(t => t.CountrySlug == country).OrderBy(t => t.Order).ThenBy(t => t.Title).ToListAsync(ct);

    public Task<Theme?> GetThemeAsync(string language, string country, string slug, CancellationToken ct = default) =>
        db.Themes.AsNoTracking().Where(x => x.Language == language).FirstOrDefaultAsync(t => t.CountrySlug == country && t.Slug == slug, ct);
}
