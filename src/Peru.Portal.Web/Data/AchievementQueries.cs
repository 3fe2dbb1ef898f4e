using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>
/// The queries behind the pages there are most of (an achievement, a fiscal year's and a theme's pages), compiled
/// once. Uncompiled, EF Core takes each query's expression apart and looks its plan up again on every call: measured on
/// the 1,000-achievement set, that was about a third of what rendering a page cost. Each is written as the repository
/// composed it before (the same filters in the same order), so the SQL is the same.
/// </summary>
internal static class AchievementQueries
{
    public static readonly Func<PortalDbContext, string, string, string, string, CancellationToken, Task<Achievement?>> One =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string year, string slug, CancellationToken ct) =>
            db.Achievements.AsNoTracking().Where(x => x.Language == language).FirstOrDefault(a => a.CountrySlug == country && a.FiscalYear == year && a.Slug == slug));

    /// <summary>
    /// The achievements just before and just after one in its fiscal year's order, in one query (one store round trip
    /// rather than two on every achievement page): at most one of each, in no particular order.
    /// </summary>
    public static readonly Func<PortalDbContext, string, string, string, int, string, IAsyncEnumerable<AchievementListing>> NeighboursInYear =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string year, int order, string slug) =>
            db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country).Where(a => a.FiscalYear == year)
                .Where(a => a.Order < order || (a.Order == order && a.Slug.CompareTo(slug) < 0))
                .OrderByDescending(a => a.Order).ThenByDescending(a => a.Slug).Take(1)
                .Concat(db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country).Where(a => a.FiscalYear == year)
                    .Where(a => a.Order > order || (a.Order == order && a.Slug.CompareTo(slug) > 0))
                    .OrderBy(a => a.Order).ThenBy(a => a.Slug).Take(1))
                .Select(a => new AchievementListing(a.CountrySlug, a.FiscalYear, a.ThemeSlug, a.Slug, a.Title, a.Order, a.ResultsPeriod)));

    /// <summary>A fiscal year's achievements in its order (order, then slug), as lists show them.</summary>
    public static readonly Func<PortalDbContext, string, string, string, IAsyncEnumerable<AchievementListing>> YearInOrder =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string year) =>
            db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country).Where(a => a.FiscalYear == year)
                .OrderBy(a => a.Order).ThenBy(a => a.Slug)
                .Select(a => new AchievementListing(a.CountrySlug, a.FiscalYear, a.ThemeSlug, a.Slug, a.Title, a.Order, a.ResultsPeriod)));

    public static readonly Func<PortalDbContext, string, string, string, CancellationToken, Task<FiscalYear?>> FiscalYear =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string year, CancellationToken ct) =>
            db.FiscalYears.AsNoTracking().Where(x => x.Language == language).FirstOrDefault(y => y.CountrySlug == country && y.Year == year));

    public static readonly Func<PortalDbContext, string, string, string, int, int, IAsyncEnumerable<AchievementListing>> YearPage =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string year, int skip, int take) =>
            db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country).Where(a => a.FiscalYear == year).OrderBy(a => a.Order).ThenBy(a => a.Slug).Skip(skip).Take(take)
                .Select(a => new AchievementListing(a.CountrySlug, a.FiscalYear, a.ThemeSlug, a.Slug, a.Title, a.Order, a.ResultsPeriod)));

    public static readonly Func<PortalDbContext, string, string, string, CancellationToken, Task<int>> CountInYear =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string year, CancellationToken ct) =>
            db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country).Where(a => a.FiscalYear == year).Count());

    public static readonly Func<PortalDbContext, string, string, string, int, int, IAsyncEnumerable<Achievement>> ThemePage =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string theme, int skip, int take) =>
            db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country).Where(a => a.ThemeSlug == theme).OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Order).ThenBy(a => a.Slug).Skip(skip).Take(take));

    public static readonly Func<PortalDbContext, string, string, string, CancellationToken, Task<int>> CountInTheme =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string theme, CancellationToken ct) =>
            db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country).Where(a => a.ThemeSlug == theme).Count());

    public static readonly Func<PortalDbContext, string, string, string, CancellationToken, Task<DateOnly?>> LastModifiedInTheme =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string theme, CancellationToken ct) =>
            db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country).Where(a => a.ThemeSlug == theme).OrderByDescending(a => a.DateModified).Select(a => (DateOnly?)a.DateModified).FirstOrDefault());
}
