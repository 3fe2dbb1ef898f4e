using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

public sealed class CountryRepository(PortalDbContext db)
{
    public Task<List<Country>> ListCountriesAsync(CancellationToken ct = default) =>
        db.Countries.AsNoTracking().Where(x => x.Language == Languages.Current).OrderBy(c => c.Name).ToListAsync(ct);

    public Task<Country?> GetCountryAsync(string slug, CancellationToken ct = default) =>
        db.Countries.AsNoTracking().Where(x => x.Language == Languages.Current)
            .Include(c => c.Sources.OrderBy(s => s.Order))
            .Include(c => c.KeyFigures.OrderBy(k => k.Order))
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Slug == slug, ct);
}
