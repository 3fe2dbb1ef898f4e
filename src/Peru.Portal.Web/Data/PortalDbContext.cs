using Microsoft.EntityFrameworkCore;

namespace Peru.Portal.Web.Data;

/// <summary>
/// The store's schema. Start-up uses the compiled model in <c>CompiledModel/</c> (building this model at run time
/// costs most of a second); after changing entities or <see cref="OnModelCreating"/>, regenerate it with
/// <c>dotnet ef dbcontext optimize --output-dir Data/CompiledModel --namespace Peru.Portal.Web.Data.CompiledModel</c>
/// in <c>src/Peru.Portal.Web</c>, and replace <c>Data/Schema.sql</c> with the script the failing test prints.
/// Tests fail while either differs from this model.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options)
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<KeyFigure> KeyFigures => Set<KeyFigure>();
    public DbSet<SectionPage> SectionPages => Set<SectionPage>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<FiscalYear> FiscalYears => Set<FiscalYear>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<TradeFigure> TradeFigures => Set<TradeFigure>();
    public DbSet<TimelineEvent> TimelineEvents => Set<TimelineEvent>();
    public DbSet<Disbursement> Disbursements => Set<Disbursement>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<PageAlias> Aliases => Set<PageAlias>();
    public DbSet<ImportRecord> Imports => Set<ImportRecord>();
    public DbSet<PublishedPage> PublishedPages => Set<PublishedPage>();
    public DbSet<GlossaryEntry> GlossaryEntries => Set<GlossaryEntry>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<MapDrawing> MapDrawings => Set<MapDrawing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Country>(e =>
        {
            e.HasIndex(c => new { c.Language, c.Slug }).IsUnique();
            e.HasMany(c => c.Sources).WithOne().HasForeignKey(s => new { s.Language, s.CountrySlug }).HasPrincipalKey(c => new { c.Language, c.Slug });
            e.HasMany(c => c.KeyFigures).WithOne().HasForeignKey(k => new { k.Language, k.CountrySlug }).HasPrincipalKey(c => new { c.Language, c.Slug });
        });
        modelBuilder.Entity<SectionPage>().HasIndex(p => new { p.Language, p.CountrySlug, p.Kind }).IsUnique();
        modelBuilder.Entity<Theme>().HasIndex(t => new { t.Language, t.CountrySlug, t.Slug }).IsUnique();
        modelBuilder.Entity<FiscalYear>().HasIndex(y => new { y.Language, y.CountrySlug, y.Year }).IsUnique();
        modelBuilder.Entity<Achievement>(e =>
        {
            e.HasIndex(a => new { a.Language, a.CountrySlug, a.FiscalYear, a.Slug }).IsUnique();

            // Lists read a year's achievements in page order, and the newest change date: both without a scan.
            e.HasIndex(a => new { a.Language, a.CountrySlug, a.FiscalYear, a.Order, a.Slug });
            e.HasIndex(a => new { a.Language, a.CountrySlug, a.DateModified });
            e.OwnsMany(a => a.Figures, f => f.ToJson());
            e.OwnsMany(a => a.Corrections, c => c.ToJson());
        });
        modelBuilder.Entity<Project>(e =>
        {
            e.HasIndex(p => new { p.Language, p.CountrySlug, p.Slug }).IsUnique();
            e.OwnsMany(p => p.Beneficiaries, b => b.ToJson());
            e.OwnsMany(p => p.Corrections, c => c.ToJson());
        });
        modelBuilder.Entity<Recommendation>(e =>
        {
            e.HasIndex(r => new { r.Language, r.CountrySlug, r.Slug }).IsUnique();
            e.OwnsMany(r => r.Commitments, c => c.ToJson());
            e.OwnsMany(r => r.TargetDates, t => t.ToJson());
        });
        modelBuilder.Entity<SectionPage>().OwnsMany(s => s.Headings, h => h.ToJson());
        modelBuilder.Entity<GlossaryEntry>().HasIndex(g => new { g.Language, g.CountrySlug, g.Anchor }).IsUnique();
        modelBuilder.Entity<Department>(e =>
        {
            e.HasIndex(d => new { d.Language, d.CountrySlug, d.Slug }).IsUnique();
            e.Ignore(d => d.HasWork);
        });
        modelBuilder.Entity<MapDrawing>().HasIndex(m => new { m.Language, m.CountrySlug }).IsUnique();
        modelBuilder.Entity<PageAlias>().HasKey(a => a.Path);
        modelBuilder.Entity<PublishedPage>(e =>
        {
            e.HasKey(p => p.Path);
            e.HasIndex(p => new { p.Key, p.Language });
        });

    }
}
