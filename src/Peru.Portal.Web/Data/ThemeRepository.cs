using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

public sealed class ThemeRepository(PortalDbContext db)
{
    public Task<List<Theme>> ListThemesAsync(string country, CancellationToken ct = default) =>
        db.Themes.AsNoTracking().Where(x => x.Language == Languages.Current).Where(t => t.CountrySlug == country).OrderBy(t => t.Order).ThenBy(t => t.Title).ToListAsync(ct);

    public Task<Theme?> GetThemeAsync(string country, string slug, CancellationToken ct = default) =>
        db.Themes.AsNoTracking().Where(x => x.Language == Languages.Current).FirstOrDefaultAsync(t => t.CountrySlug == country && t.Slug == slug, ct);
}
