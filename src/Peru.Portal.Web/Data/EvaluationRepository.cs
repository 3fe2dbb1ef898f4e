using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

public sealed class EvaluationRepository(PortalDbContext db)
{
    public Task<List<Recommendation>> ListRecommendationsAsync(string language, string country, CancellationToken ct = default) =>
        db.Recommendations.AsNoTracking().Where(x => x.Language == language).Where(r => r.CountrySlug == country).OrderBy(r => r.Number).ToListAsync(ct);

    public Task<Recommendation?> GetRecommendationAsync(string language, string country, string slug, CancellationToken ct = default) =>
        db.Recommendations.AsNoTracking().Where(x => x.Language == language).FirstOrDefaultAsync(r => r.CountrySlug == country && r.Slug == slug, ct);
}
