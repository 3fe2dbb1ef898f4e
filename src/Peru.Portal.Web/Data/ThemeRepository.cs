using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

public sealed class ThemeRepository(PortalDbContext db, ThemeCache? cache = null)
{
    public Task<List<Theme>> ListThemesAsync(string language, string country, CancellationToken ct = default) =>
        db.Themes.AsNoTracking().Where(x => x.Language == language).Where(t => t.CountrySlug == country).OrderBy(t => t.Order).ThenBy(t => t.Title).ToListAsync(ct);

    /// <summary>One theme; read once per import when a cache is given.</summary>
    public Task<Theme?> GetThemeAsync(string language, string country, string slug, CancellationToken ct = default) =>
        cache is null ? OneTheme(db, language, country, slug, ct) : cache.GetAsync((language, country, slug), () => OneTheme(db, language, country, slug, ct));

    // Asked by every achievement page as well as the theme's own: compiled once, as the achievement's queries are.
    private static readonly Func<PortalDbContext, string, string, string, CancellationToken, Task<Theme?>> OneTheme =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string slug, CancellationToken ct) =>
            db.Themes.AsNoTracking().Where(x => x.Language == language).FirstOrDefault(t => t.CountrySlug == country && t.Slug == slug));
}
