using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

public sealed class EvaluationRepository(PortalDbContext db)
{
    public Task<List<Recommendation>> ListRecommendationsAsync(string country, CancellationToken ct = default) =>
        db.Recommendations.AsNoTracking().Where(x => x.Language == Languages.Current).Where(r => r.CountrySlug == country).OrderBy(r => r.Number).ToListAsync(ct);

    public Task<Recommendation?> GetRecommendationAsync(string country, string slug, CancellationToken ct = default) =>
        db.Recommendations.AsNoTracking().Where(x => x.Language == Languages.Current).FirstOrDefaultAsync(r => r.CountrySlug == country && r.Slug == slug, ct);
}
