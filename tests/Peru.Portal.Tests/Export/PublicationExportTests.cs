using Peru.Portal.Tests.Cli;
using System.Net;
using Peru.Portal.Web.Cli;
using Peru.Portal.Web.Export;

namespace Peru.Portal.Tests.Export;

/// <summary>The export writes what readers see at the moment it runs: no draft or page still to come, and expired pages as withdrawn.</summary>
public sealed class PublicationExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("peru-export-publication-").FullName;

    private string Content => Path.Combine(_folder, "content");

    private string Site => Path.Combine(_folder, "site");

    public PublicationExportTests()
    {
        ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, Content);
        Edit("peru/achievements/2010-2011/teacher-training.md", "draft: true");
        Edit("peru/achievements/2011-2012/translated-school-texts.md", "publish_at: 2999-01-01T00:00:00Z");
        Edit("peru/achievements/2011-2012/safer-mining.md", "expire_at: 2020-01-01T00:00:00-05:00");
        Edit("peru/projects/regional-fund.md", "expire_at: 2020-01-01T00:00:00Z\nreplaced_by: /en/peru/projects/resilient-puna");
    }

    private void Edit(string file, string keys)
    {
        var path = Path.Combine(Content, file);
        File.WriteAllText(path, "---\n" + keys + "\n" + File.ReadAllText(path)[4..]);
    }

    [Fact]
    public async Task Export_LeavesOutDraftsAndPagesToCome_AndWritesExpiredPagesAsWithdrawnOrRedirected()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["export", "--content", Content, "--out", Site, "--base-url", "https://portal.example.org"], output, error);
        Assert.True(exit == 0, $"export exited {exit}:\n{output}\n{error}");

        Assert.False(File.Exists(Path.Combine(Site, "en/peru/achievements/2010-2011/teacher-training/index.html")));
        Assert.False(File.Exists(Path.Combine(Site, "fr/perou/realisations/2010-2011/formation-des-enseignants/index.html")));
        Assert.False(File.Exists(Path.Combine(Site, "en/peru/achievements/2011-2012/translated-school-texts/index.html")));
        var sitemap = await File.ReadAllTextAsync(Path.Combine(Site, "sitemap.xml"));
        Assert.DoesNotContain("teacher-training", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("translated-school-texts", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("Teacher training", await File.ReadAllTextAsync(Path.Combine(Site, "en/peru/achievements.csv")), StringComparison.Ordinal);

        Assert.Contains("This page was withdrawn", await File.ReadAllTextAsync(Path.Combine(Site, "en/peru/achievements/2011-2012/safer-mining/index.html")), StringComparison.Ordinal);
        Assert.Contains("Cette page a été retirée", await File.ReadAllTextAsync(Path.Combine(Site, "fr/perou/projets/fonds-regional/index.html")), StringComparison.Ordinal);
        Assert.Contains("\"/en/peru/projects/regional-fund\" \"/en/peru/projects/resilient-puna\";", await File.ReadAllTextAsync(Path.Combine(Site, "_redirects.nginx.map")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredPage_ServedByNginxWithTheSampleConfiguration_Answers410WithTheWithdrawnPageInItsLanguage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["export", "--content", Content, "--out", Site, "--base-url", "https://portal.example.org"], output, error);
        Assert.True(exit == 0, $"export exited {exit}:\n{output}\n{error}");
        Assert.Contains("\"/en/peru/achievements/2011-2012/safer-mining/\" \"/en/peru/achievements/2011-2012/safer-mining/index.html\";", await File.ReadAllTextAsync(Path.Combine(Site, StaticExport.GoneMap)), StringComparison.Ordinal);

        using var nginx = await NginxProcess.StartAsync(_folder, "export.conf", port => [("/var/www/peru-portal", Site), ("listen 80;", $"listen 127.0.0.1:{port};")]);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{nginx.Port}") };
        foreach (var (path, withdrawn) in new[]
        {
            ("/en/peru/achievements/2011-2012/safer-mining", "This page was withdrawn"),
            ("/en/peru/achievements/2011-2012/safer-mining/", "This page was withdrawn"),
            ("/fr/perou/projets/fonds-regional", "Cette page a été retirée"),
            ("/en/peru/projects/regional-fund", null),
        })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (withdrawn is null)
            {
                // Replaced, not withdrawn: the old address leads on to the page that replaces it.
                Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
                continue;
            }

            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(withdrawn, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A page still published is untouched by the map.
        using var live = await client.GetAsync(new Uri("/en/peru", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
