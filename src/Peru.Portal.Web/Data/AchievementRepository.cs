using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>What a list of achievements shows of each: no body, no figures.</summary>
public sealed record AchievementListing(string CountrySlug, string FiscalYear, string ThemeSlug, string Slug, string Title, int Order, string? ResultsPeriod);

/// <summary>
/// What the achievements data set holds of each: no rendered body, which is most of a row and which the data set does
/// not carry (its text column is the plain text).
/// </summary>
public sealed record AchievementDataRow(string CountrySlug, string FiscalYear, string ThemeSlug, string Slug, string Title, string? ResultsPeriod, List<Figure> Figures, string BodyText, DateOnly DateModified);

/// <summary>How many achievements a fiscal year has in one theme from one source: what the achievements chart draws.</summary>
public sealed record AchievementCount(string FiscalYear, string ThemeSlug, string SourceKey, int Count);

public sealed class AchievementRepository(PortalDbContext db, YearOrderCache? yearOrders = null)
{
    /// <summary>Fiscal years, newest first.</summary>
    public Task<List<FiscalYear>> ListFiscalYearsAsync(string language, string country, CancellationToken ct = default) =>
        db.FiscalYears.AsNoTracking().Where(x => x.Language == language).Where(y => y.CountrySlug == country).OrderByDescending(y => y.Year).ToListAsync(ct);

    public Task<FiscalYear?> GetFiscalYearAsync(string language, string country, string year, CancellationToken ct = default) =>
        AchievementQueries.FiscalYear(db, language, country, year, ct);

    /// <summary>Achievements of a country, newest year first, then in their order within the year; optionally one year or one theme.</summary>
    public Task<List<Achievement>> ListAchievementsAsync(string language, string country, string? year = null, string? theme = null, CancellationToken ct = default) =>
        Filter(language, country, year, theme).OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Order).ThenBy(a => a.Slug).ToListAsync(ct);

    /// <summary>Every achievement of a country as the data set lists it, in the order of <see cref="ListAchievementsAsync"/>.</summary>
    public Task<List<AchievementDataRow>> ListDataRowsAsync(string language, string country, CancellationToken ct = default) =>
        Filter(language, country, null, null).OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Order).ThenBy(a => a.Slug)
            .Select(a => new AchievementDataRow(a.CountrySlug, a.FiscalYear, a.ThemeSlug, a.Slug, a.Title, a.ResultsPeriod, a.Figures, a.BodyText, a.DateModified))
            .ToListAsync(ct);

    /// <summary>The first <paramref name="perYear"/> achievements of every year (in their order within the year), newest year first.</summary>
    public async Task<List<AchievementListing>> ListFirstOfEachYearAsync(string language, string country, int perYear, string? theme = null, CancellationToken ct = default)
    {
        // A collection per year with Take is one query: EF numbers each year's rows with ROW_NUMBER() and keeps the first.
        var achievements = Filter(language, country, null, theme);
        var years = await db.FiscalYears.AsNoTracking()
            .Where(y => y.Language == language && y.CountrySlug == country)
            .OrderByDescending(y => y.Year)
            .Select(y => achievements.Where(a => a.FiscalYear == y.Year).OrderBy(a => a.Order).ThenBy(a => a.Slug).Take(perYear)
                .Select(a => new AchievementListing(a.CountrySlug, a.FiscalYear, a.ThemeSlug, a.Slug, a.Title, a.Order, a.ResultsPeriod)).ToList())
            .ToListAsync(ct);
        return years.SelectMany(y => y).ToList();
    }

    /// <summary>How many achievements each fiscal year has, optionally of one theme.</summary>
    public Task<Dictionary<string, int>> CountByYearAsync(string language, string country, string? theme = null, CancellationToken ct = default) =>
        Filter(language, country, null, theme).GroupBy(a => a.FiscalYear).Select(g => new { Year = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Year, g => g.Count, StringComparer.Ordinal, ct);

    /// <summary>How many achievements each fiscal year has in each theme, from each source.</summary>
    public Task<List<AchievementCount>> CountByYearAndThemeAsync(string language, string country, CancellationToken ct = default) =>
        Filter(language, country, null, null)
            .GroupBy(a => new { a.FiscalYear, a.ThemeSlug, a.SourceKey })
            .Select(g => new AchievementCount(g.Key.FiscalYear, g.Key.ThemeSlug, g.Key.SourceKey, g.Count()))
            .ToListAsync(ct);

    /// <summary>Slugs of the themes that have at least one achievement.</summary>
    public Task<List<string>> ListThemesWithAchievementsAsync(string language, string country, CancellationToken ct = default) =>
        Filter(language, country, null, null).Select(a => a.ThemeSlug).Distinct().ToListAsync(ct);

    /// <summary>The fiscal years that have at least one achievement, each once, in no order.</summary>
    public Task<List<string>> ListYearsWithAchievementsAsync(string language, string country, CancellationToken ct = default) =>
        Filter(language, country, null, null).Select(a => a.FiscalYear).Distinct().ToListAsync(ct);

    /// <summary>One page of a year's achievements, in their order within the year.</summary>
    public Task<List<AchievementListing>> ListYearPageAsync(string language, string country, string year, int skip, int take, CancellationToken ct = default) =>
        AchievementQueries.YearPage(db, language, country, year, skip, take).ToListAsync(ct).AsTask();

    /// <summary>One page of a theme's achievements, newest year first and in their order within each year.</summary>
    public Task<List<Achievement>> ListThemePageAsync(string language, string country, string theme, int skip, int take, CancellationToken ct = default) =>
        AchievementQueries.ThemePage(db, language, country, theme, skip, take).ToListAsync(ct).AsTask();

    public Task<int> CountInThemeAsync(string language, string country, string theme, CancellationToken ct = default) =>
        AchievementQueries.CountInTheme(db, language, country, theme, ct);

    public Task<DateOnly?> LastModifiedInThemeAsync(string language, string country, string theme, CancellationToken ct = default) =>
        AchievementQueries.LastModifiedInTheme(db, language, country, theme, ct);

    public Task<int> CountAsync(string language, string country, string year, CancellationToken ct = default) =>
        AchievementQueries.CountInYear(db, language, country, year, ct);

    /// <summary>The <paramref name="count"/> most recently changed achievements, newest first.</summary>
    public Task<List<Achievement>> ListLatestAsync(string language, string country, int count, CancellationToken ct = default) =>
        Filter(language, country, null, null).OrderByDescending(a => a.DateModified).ThenBy(a => a.FiscalYear).ThenBy(a => a.Slug).Take(count).ToListAsync(ct);

    /// <summary>When an achievement of the country (or of one year) last changed.</summary>
    public Task<DateOnly?> LastModifiedAsync(string language, string country, string? year = null, CancellationToken ct = default) =>
        Filter(language, country, year, null).OrderByDescending(a => a.DateModified).Select(a => (DateOnly?)a.DateModified).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The achievements just before and just after one in its fiscal year's order. With a cache, from the year's order
    /// read once per import; otherwise, or when the year as kept does not hold it, from one query.
    /// </summary>
    public async Task<(AchievementListing? Previous, AchievementListing? Next)> FindNeighboursAsync(Achievement achievement, CancellationToken ct = default)
    {
        var (language, country, year, order, slug) = (achievement.Language, achievement.CountrySlug, achievement.FiscalYear, achievement.Order, achievement.Slug);
        if (yearOrders is not null
            && await yearOrders.GetAsync((language, country, year), async () => await AchievementQueries.YearInOrder(db, language, country, year).ToArrayAsync(ct) is { Length: > 0 } all ? all : null) is { } inOrder
            && Array.FindIndex(inOrder, a => a.Slug == slug) is var at and >= 0)
        {
            return (at > 0 ? inOrder[at - 1] : null, at < inOrder.Length - 1 ? inOrder[at + 1] : null);
        }

        AchievementListing? previous = null, next = null;
        await foreach (var neighbour in AchievementQueries.NeighboursInYear(db, language, country, year, order, slug).WithCancellation(ct))
        {
            // The store compares slugs byte by byte, as an ordinal comparison of these ASCII slugs does.
            if (neighbour.Order < order || (neighbour.Order == order && string.CompareOrdinal(neighbour.Slug, slug) < 0))
            {
                previous = neighbour;
            }
            else
            {
                next = neighbour;
            }
        }

        return (previous, next);
    }

    public Task<Achievement?> GetAchievementAsync(string language, string country, string year, string slug, CancellationToken ct = default) =>
        AchievementQueries.One(db, language, country, year, slug, ct);

    private IQueryable<Achievement> Filter(string language, string country, string? year, string? theme)
    {
        var query = db.Achievements.AsNoTracking().Where(x => x.Language == language).Where(a => a.CountrySlug == country);
        if (year is not null)
        {
            query = query.Where(a => a.FiscalYear == year);
        }

        if (theme is not null)
        {
            query = query.Where(a => a.ThemeSlug == theme);
        }

        return query;
    }
}
