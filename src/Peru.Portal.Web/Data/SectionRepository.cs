using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

/// <summary>The country's single pages (thematic focus, aid effectiveness, relations, disbursements, evaluation, glossary) and their tables.</summary>
public sealed class SectionRepository(PortalDbContext db)
{
    public Task<SectionPage?> GetSectionAsync(string country, string kind, CancellationToken ct = default) =>
        db.SectionPages.AsNoTracking().Where(x => x.Language == Languages.Current).FirstOrDefaultAsync(p => p.CountrySlug == country && p.Kind == kind, ct);

    /// <summary>All of a country's single pages in one query, for the overview's cards.</summary>
    public Task<List<SectionPage>> ListSectionsAsync(string country, CancellationToken ct = default) =>
        db.SectionPages.AsNoTracking().Where(x => x.Language == Languages.Current).Where(p => p.CountrySlug == country).ToListAsync(ct);

    public Task<List<TradeFigure>> ListTradeFiguresAsync(string country, CancellationToken ct = default) =>
        db.TradeFigures.AsNoTracking().Where(x => x.Language == Languages.Current).Where(t => t.CountrySlug == country).OrderBy(t => t.Order).ToListAsync(ct);

    public Task<List<TimelineEvent>> ListTimelineAsync(string country, CancellationToken ct = default) =>
        db.TimelineEvents.AsNoTracking().Where(x => x.Language == Languages.Current).Where(t => t.CountrySlug == country).OrderBy(t => t.Order).ToListAsync(ct);

    public Task<List<Disbursement>> ListDisbursementsAsync(string country, CancellationToken ct = default) =>
        db.Disbursements.AsNoTracking().Where(x => x.Language == Languages.Current).Where(d => d.CountrySlug == country).OrderByDescending(d => d.FiscalYear).ThenBy(d => d.Order).ToListAsync(ct);

    public Task<List<GlossaryEntry>> ListGlossaryAsync(string country, CancellationToken ct = default) =>
        db.GlossaryEntries.AsNoTracking().Where(x => x.Language == Languages.Current).Where(g => g.CountrySlug == country).OrderBy(g => g.Order).ToListAsync(ct);
}
