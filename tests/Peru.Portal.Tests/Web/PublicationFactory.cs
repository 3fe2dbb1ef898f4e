using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Peru.Portal.Tests.Cli;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// The portal over its own copy of the fixture content with a draft, a scheduled page, two pages that expire
/// (one names its successor) and a corrected project, on a clock the tests move. The shared fixture is untouched.
/// </summary>
public class PublicationFactory : PortalFactory
{
    public const string Draft = "/en/peru/achievements/2010-2011/teacher-training";
    public const string Scheduled = "/en/peru/achievements/2011-2012/translated-school-texts";
    public const string Expiring = "/en/peru/achievements/2011-2012/safer-mining";
    public const string ExpiringFrench = "/fr/perou/realisations/2011-2012/exploitation-miniere-plus-sure";
    public const string Replaced = "/en/peru/projects/regional-fund";
    public const string ReplacedFrench = "/fr/perou/projets/fonds-regional";
    public const string Corrected = "/en/peru/projects/resilient-puna";
    public const string CorrectedFrench = "/fr/perou/projets/puna-resiliente";

    /// <summary>Before every moment below.</summary>
    public static readonly DateTimeOffset Start = new(2029, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset ReplacedExpires = new(2029, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset ScheduledAppears = new(2030, 1, 1, 9, 0, 0, TimeSpan.FromHours(-5));

    public static readonly DateTimeOffset ExpiringExpires = new(2030, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5));

    public FakeTimeProvider Clock { get; } = new(Start);

    public PublicationFactory()
    {
        ContentPath = Directory.CreateTempSubdirectory("peru-publication-").FullName;
        ValidateCommandTests.CopyDirectory(FixtureContent, ContentPath);
        Edit("peru/achievements/2010-2011/teacher-training.md", "draft: true");
        Edit("peru/achievements/2011-2012/translated-school-texts.md", "publish_at: 2030-01-01T09:00:00-05:00");
        Edit("peru/achievements/2011-2012/safer-mining.md", "expire_at: 2030-01-01T00:00:00-05:00");
        Edit("peru/projects/regional-fund.md", "expire_at: 2029-06-01T00:00:00Z\nreplaced_by: /en/peru/projects/resilient-puna");
        Edit("peru/projects/resilient-puna.md", "corrections:\n  - date: 2026-03-02\n    note: The number of families reached was corrected.");
        Edit("peru/projects/resilient-puna.fr.md", "corrections:\n  - date: 2026-03-02\n    note: Le nombre de familles rejointes a été corrigé.");
        Edit("peru/projects/resilient-puna.es.md", "corrections:\n  - date: 2026-03-02\n    note: Se corrigió el número de familias alcanzadas.");
    }

    private void Edit(string file, string keys)
    {
        var path = Path.Combine(ContentPath, file);
        File.WriteAllText(path, "---\n" + keys + "\n" + File.ReadAllText(path)[4..]);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(ContentPath))
        {
            Directory.Delete(ContentPath, recursive: true);
        }
    }
}

/// <summary>The same content in preview: nothing withheld, a banner on every page, nothing cached or indexed.</summary>
public sealed class PreviewFactory : PublicationFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Portal:Preview", "true")];
}
