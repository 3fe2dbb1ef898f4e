using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>The country's single pages (thematic focus, aid effectiveness, relations, disbursements, evaluation, glossary) and their tables.</summary>
public sealed class SectionRepository(PortalDbContext db)
{
    public Task<SectionPage?> GetSectionAsync(string language, string country, string kind, CancellationToken ct = default) =>
        db.SectionPages.AsNoTracking().Where(x => x.Language == language).FirstOrDefaultAsync(p => p.CountrySlug == country && p.Kind == kind, ct);

    /// <summary>All of a country's single pages in one query, for the overview's cards.</summary>
    public Task<List<SectionPage>> ListSectionsAsync(string language, string country, CancellationToken ct = default) =>
        db.SectionPages.AsNoTracking().Where(x => x.Language == language).Where(p => p.CountrySlug == country).ToListAsync(ct);

    public Task<List<TradeFigure>> ListTradeFiguresAsync(string language, string country, CancellationToken ct = default) =>
        db.TradeFigures.AsNoTracking().Where(x => x.Language == language).Where(t => t.CountrySlug == country).OrderBy(t => t.Order).ToListAsync(ct);

    public Task<List<TimelineEvent>> ListTimelineAsync(string language, string country, CancellationToken ct = default) =>
        db.TimelineEvents.AsNoTracking().Where(x => x.Language == language).Where(t => t.CountrySlug == country).OrderBy(t => t.Order).ToListAsync(ct);

    public Task<List<Disbursement>> ListDisbursementsAsync(string language, string country, CancellationToken ct = default) =>
        db.Disbursements.AsNoTracking().Where(x => x.Language == language).Where(d => d.CountrySlug == country).OrderByDescending(d => d.FiscalYear).ThenBy(d => d.Order).ToListAsync(ct);

    public Task<List<GlossaryEntry>> ListGlossaryAsync(string language, string country, CancellationToken ct = default) =>
        db.GlossaryEntries.AsNoTracking().Where(x => x.Language == language).Where(g => g.CountrySlug == country).OrderBy(g => g.Order).ToListAsync(ct);
}
