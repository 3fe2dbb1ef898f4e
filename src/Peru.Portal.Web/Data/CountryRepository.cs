using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

public sealed class CountryRepository(PortalDbContext db, CountryCache? cache = null)
{
    public Task<List<Country>> ListCountriesAsync(string language, CancellationToken ct = default) =>
        db.Countries.AsNoTracking().Where(x => x.Language == language).OrderBy(c => c.Name).ToListAsync(ct);

    /// <summary>A country with its sources and key figures, in order; read once per import when a cache is given.</summary>
    public Task<Country?> GetCountryAsync(string language, string slug, CancellationToken ct = default) =>
        cache is null ? ReadCountryAsync(language, slug, ct) : cache.GetAsync(language, slug, () => ReadCountryAsync(language, slug, ct));

    private Task<Country?> ReadCountryAsync(string language, string slug, CancellationToken ct) =>
        db.Countries.AsNoTracking().Where(x => x.Language == language)
            .Include(c => c.Sources.OrderBy(s => s.Order))
            .Include(c => c.KeyFigures.OrderBy(k => k.Order))
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Slug == slug, ct);

    /// <summary>How many themes, achievements, projects and recommendations a country has, counted by the store.</summary>
    public async Task<(int Themes, int Achievements, int Projects, int Recommendations)> CountItemsAsync(string language, string country, CancellationToken ct = default)
    {
        return (
            await db.Themes.CountAsync(t => t.Language == language && t.CountrySlug == country, ct),
            await db.Achievements.CountAsync(a => a.Language == language && a.CountrySlug == country, ct),
            await db.Projects.CountAsync(p => p.Language == language && p.CountrySlug == country, ct),
            await db.Recommendations.CountAsync(r => r.Language == language && r.CountrySlug == country, ct));
    }
}
