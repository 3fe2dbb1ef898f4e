using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Peru.Portal.Tests;

/// <summary>The portal over the small fixture content, with its own SQLite file, shared by the web tests.</summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _storeFolder = Directory.CreateTempSubdirectory("peru-portal-tests-").FullName;

    public static string FixtureContent => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    public string ContentPath { get; protected set; } = FixtureContent;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:ContentPath", ContentPath);
        builder.UseSetting("Portal:BaseUrl", "https://portal.example.org");
        builder.UseSetting("Portal:ReportProblemUrl", "mailto:report@example.org");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_storeFolder, "portal.db")}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Portal:Search:RequestsPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Settings a derived fixture changes, applied last.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_storeFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalFixtureDefinition : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
