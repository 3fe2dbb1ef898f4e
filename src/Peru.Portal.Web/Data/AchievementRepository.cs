using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

public sealed class AchievementRepository(PortalDbContext db)
{
    /// <summary>Fiscal years, newest first.</summary>
    public Task<List<FiscalYear>> ListFiscalYearsAsync(string country, CancellationToken ct = default) =>
        db.FiscalYears.AsNoTracking().Where(x => x.Language == Languages.Current).Where(y => y.CountrySlug == country).OrderByDescending(y => y.Year).ToListAsync(ct);

    public Task<FiscalYear?> GetFiscalYearAsync(string country, string year, CancellationToken ct = default) =>
        db.FiscalYears.AsNoTracking().Where(x => x.Language == Languages.Current).FirstOrDefaultAsync(y => y.CountrySlug == country && y.Year == year, ct);

    /// <summary>Achievements of a country, newest year first, then in their order within the year; optionally one year or one theme.</summary>
    public Task<List<Achievement>> ListAchievementsAsync(string country, string? year = null, string? theme = null, CancellationToken ct = default)
    {
        var query = db.Achievements.AsNoTracking().Where(x => x.Language == Languages.Current).Where(a => a.CountrySlug == country);
        if (year is not null)
        {
            query = query.Where(a => a.FiscalYear == year);
        }

        if (theme is not null)
        {
            query = query.Where(a => a.ThemeSlug == theme);
        }

        return query.OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Order).ThenBy(a => a.Slug).ToListAsync(ct);
    }

    public Task<Achievement?> GetAchievementAsync(string country, string year, string slug, CancellationToken ct = default) =>
        db.Achievements.AsNoTracking().Where(x => x.Language == Languages.Current).FirstOrDefaultAsync(a => a.CountrySlug == country && a.FiscalYear == year && a.Slug == slug, ct);
}
