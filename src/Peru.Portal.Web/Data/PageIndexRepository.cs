using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

/// <summary>One published page: its address and when its content last changed.</summary>
public sealed record PublishedPage(string Path, DateOnly DateModified);

/// <summary>Every page the portal publishes, for the sitemap, the URL manifest and the static export.</summary>
public sealed class PageIndexRepository(PortalDbContext db)
{
    public async Task<List<PublishedPage>> ListPagesAsync(CancellationToken ct = default)
    {
        var pages = new List<PublishedPage>();
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Slug).ToListAsync(ct);
        if (countries.Count > 0)
        {
            pages.Add(new(Addresses.Home, countries.Max(c => c.DateModified)));
        }

        var sections = await db.SectionPages.AsNoTracking().Select(s => new { s.CountrySlug, s.Kind, s.DateModified }).ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking().Select(t => new { t.CountrySlug, t.Slug, t.DateModified }).ToListAsync(ct);
        var years = await db.FiscalYears.AsNoTracking().Select(y => new { y.CountrySlug, y.Year, y.DateModified }).ToListAsync(ct);
        var achievements = await db.Achievements.AsNoTracking().Select(a => new { a.CountrySlug, a.FiscalYear, a.Slug, a.DateModified }).ToListAsync(ct);
        var projects = await db.Projects.AsNoTracking().Select(p => new { p.CountrySlug, p.Slug, p.DateModified }).ToListAsync(ct);
        var recommendations = await db.Recommendations.AsNoTracking().Select(r => new { r.CountrySlug, r.Slug, r.DateModified }).ToListAsync(ct);

        foreach (var country in countries)
        {
            var slug = country.Slug;
            DateOnly Section(string kind) => sections.Where(s => s.CountrySlug == slug && s.Kind == kind).Select(s => s.DateModified).DefaultIfEmpty(country.DateModified).Max();
            DateOnly Newest(IEnumerable<DateOnly> dates) => dates.DefaultIfEmpty(country.DateModified).Max();

            pages.Add(new(Addresses.Country(slug), country.DateModified));
            pages.Add(new(Addresses.ThematicFocus(slug), Newest([Section("program"), Section("aid-effectiveness")])));
            pages.Add(new(Addresses.Achievements(slug), Newest(achievements.Where(a => a.CountrySlug == slug).Select(a => a.DateModified))));
            pages.Add(new(Addresses.Relations(slug), Section("relations")));
            pages.Add(new(Addresses.Disbursements(slug), Section("disbursements")));
            pages.Add(new(Addresses.Projects(slug), Newest(projects.Where(p => p.CountrySlug == slug).Select(p => p.DateModified))));
            pages.Add(new(Addresses.Evaluation(slug), Newest(recommendations.Where(r => r.CountrySlug == slug).Select(r => r.DateModified).Append(Section("evaluation")))));
        }

        pages.AddRange(themes.Select(t => new PublishedPage(Addresses.Theme(t.CountrySlug, t.Slug), t.DateModified)));
        pages.AddRange(years.Select(y => new PublishedPage(Addresses.FiscalYear(y.CountrySlug, y.Year), y.DateModified)));
        pages.AddRange(achievements.Select(a => new PublishedPage(Addresses.Achievement(a.CountrySlug, a.FiscalYear, a.Slug), a.DateModified)));
        pages.AddRange(projects.Select(p => new PublishedPage(Addresses.Project(p.CountrySlug, p.Slug), p.DateModified)));
        pages.AddRange(recommendations.Select(r => new PublishedPage(Addresses.Recommendation(r.CountrySlug, r.Slug), r.DateModified)));
        return pages;
    }

    public Task<List<PageAlias>> ListAliasesAsync(CancellationToken ct = default) =>
        db.Aliases.AsNoTracking().OrderBy(a => a.Path).ToListAsync(ct);
}
