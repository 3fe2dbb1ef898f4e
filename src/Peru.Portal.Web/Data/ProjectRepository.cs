using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

public sealed class ProjectRepository(PortalDbContext db)
{
    /// <summary>The <paramref name="count"/> most recently changed projects, newest first.</summary>
    public Task<List<Project>> ListLatestAsync(string language, string country, int count, CancellationToken ct = default) =>
        db.Projects.AsNoTracking().Where(p => p.Language == language && p.CountrySlug == country)
            .OrderByDescending(p => p.DateModified).ThenBy(p => p.Slug).Take(count).ToListAsync(ct);

    public Task<List<Project>> ListProjectsAsync(string language, string country, string? theme = null, CancellationToken ct = default)
    {
        var query = db.Projects.AsNoTracking().Where(x => x.Language == language).Where(p => p.CountrySlug == country);
        if (theme is not null)
        {
            query = query.Where(p => p.ThemeSlug == theme);
        }

        return query.OrderBy(p => p.Title).ToListAsync(ct);
    }

    /// <summary>The first and last year of the new funding of each project, each pair once, in no order.</summary>
    public async Task<List<(int Start, int End)>> ListFundingYearsAsync(string language, string country, CancellationToken ct = default) =>
        (await db.Projects.AsNoTracking().Where(p => p.Language == language && p.CountrySlug == country)
            .Select(p => new { p.FundingStartYear, p.FundingEndYear }).Distinct().ToListAsync(ct))
        .ConvertAll(p => (p.FundingStartYear, p.FundingEndYear));

    public Task<Project?> GetProjectAsync(string language, string country, string slug, CancellationToken ct = default) =>
        OneProject(db, language, country, slug, ct);

    // Compiled once, as the achievement pages' queries are (see AchievementQueries): every project page runs it.
    private static readonly Func<PortalDbContext, string, string, string, CancellationToken, Task<Project?>> OneProject =
        EF.CompileAsyncQuery((PortalDbContext db, string language, string country, string slug, CancellationToken ct) =>
            db.Projects.AsNoTracking().Where(x => x.Language == language).FirstOrDefault(p => p.CountrySlug == country && p.Slug == slug));
}
