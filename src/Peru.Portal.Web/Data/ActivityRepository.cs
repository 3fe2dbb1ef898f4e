using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>A country's projects with their twins in every language: the IATI file tells each activity in all of them at once.</summary>
public sealed class ActivityRepository(PortalDbContext db)
{
    /// <summary>The country named <paramref name="slug"/> in <paramref name="language"/>, in every language it is written in.</summary>
    public async Task<List<Country>> ListCountryTwinsAsync(string language, string slug, CancellationToken ct = default)
    {
        var key = await db.Countries.AsNoTracking().Where(c => c.Language == language && c.Slug == slug).Select(c => c.Key).FirstOrDefaultAsync(ct);
        return key is null ? [] : await db.Countries.AsNoTracking().Where(c => c.Key == key).ToListAsync(ct);
    }

    /// <summary>Every project of those countries, each language's row under its own country slug, in file order.</summary>
    public async Task<List<Project>> ListProjectsAsync(IReadOnlyList<Country> twins, CancellationToken ct = default)
    {
        var slugs = twins.Select(c => c.Slug).Distinct().ToList();
        var rows = await db.Projects.AsNoTracking().Where(p => slugs.Contains(p.CountrySlug)).OrderBy(p => p.Key).ToListAsync(ct);
        return [.. rows.Where(p => twins.Any(c => c.Language == p.Language && c.Slug == p.CountrySlug))];
    }
}
