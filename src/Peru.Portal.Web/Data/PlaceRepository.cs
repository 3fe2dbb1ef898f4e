using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>What the map pages ask: the drawing, the departments with work, and the work in one department or outside the country.</summary>
public sealed class PlaceRepository(PortalDbContext db)
{
    public Task<MapDrawing?> GetDrawingAsync(string language, string country, CancellationToken ct = default) =>
        db.MapDrawings.AsNoTracking().FirstOrDefaultAsync(m => m.Language == language && m.CountrySlug == country, ct);

    /// <summary>The departments some achievement or project names, by name.</summary>
    public Task<List<Department>> ListDepartmentsWithWorkAsync(string language, string country, CancellationToken ct = default) =>
        db.Departments.AsNoTracking().Where(d => d.Language == language && d.CountrySlug == country && d.AchievementCount + d.ProjectCount > 0)
            .OrderBy(d => d.Code).ToListAsync(ct);

    public Task<Department?> GetDepartmentAsync(string language, string country, string slug, CancellationToken ct = default) =>
        db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Language == language && d.CountrySlug == country && d.Slug == slug, ct);

    /// <summary>Achievements that name the department, newest fiscal year first, in their order within the year.</summary>
    public Task<List<Achievement>> ListAchievementsInAsync(string language, string country, string department, CancellationToken ct = default) =>
        db.Achievements.AsNoTracking().Where(a => a.Language == language && a.CountrySlug == country && a.Departments.Contains(department))
            .OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Order).ThenBy(a => a.Slug).ToListAsync(ct);

    public Task<List<Project>> ListProjectsInAsync(string language, string country, string department, CancellationToken ct = default) =>
        db.Projects.AsNoTracking().Where(p => p.Language == language && p.CountrySlug == country && p.Departments.Contains(department))
            .OrderBy(p => p.Title).ToListAsync(ct);

    /// <summary>Projects that work outside the country (regional), and projects in it whose source names no department.</summary>
    public async Task<(List<Project> Outside, List<Project> Unplaced)> ListProjectsOffTheMapAsync(string language, string country, CancellationToken ct = default)
    {
        var projects = await db.Projects.AsNoTracking().Where(p => p.Language == language && p.CountrySlug == country && (p.Regional || p.Departments.Count == 0))
            .OrderBy(p => p.Title).ToListAsync(ct);
        return (projects.Where(p => p.Regional).ToList(), projects.Where(p => !p.Regional).ToList());
    }
}
