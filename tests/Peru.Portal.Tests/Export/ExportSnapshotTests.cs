using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Peru.Portal.Tests.Cli;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Export;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Tests.Export;

/// <summary>
/// The export renders the content it checked, read once: not the files read a second time, and never an edit
/// imported halfway through.
/// </summary>
public sealed class ExportSnapshotTests : IDisposable
{
    private const string Checked = "Fixture text about training 2,000 miners.";
    private const string Edited = "Edited after the check.";

    private readonly string _folder = Directory.CreateTempSubdirectory("peru-export-snapshot-").FullName;

    public ExportSnapshotTests() => ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, Content);

    private string Content => Path.Combine(_folder, "content");

    private string Out => Path.Combine(_folder, "site");

    private string Page => Path.Combine(Out, "en", "peru", "achievements", "2011-2012", "safer-mining", "index.html");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Export_FilesEditedAfterTheCheck_WritesTheContentAsChecked()
    {
        var read = new ContentLoader(new MarkdownRenderer(), Peru.Portal.Web.Cli.CommandLine.Languages()).Load(Content);
        EditAchievement();

        await StaticExport.RunAsync(Request(read), TextWriter.Null);

        var page = await File.ReadAllTextAsync(Page);
        Assert.Contains(Checked, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Edited, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_CheckedWithOtherLanguages_ReadsTheFilesWithItsOwn()
    {
        // Read with English and French only: not what the export's host has, so it reads the folder again itself.
        var read = new ContentLoader(new MarkdownRenderer(), new LanguageTable(LanguageTable.Builtin.All.Take(2))).Load(Content);
        EditAchievement();

        await StaticExport.RunAsync(Request(read), TextWriter.Null);

        Assert.Contains(Edited, await File.ReadAllTextAsync(Page), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "es", "peru", "index.html")), "the Spanish pages were not exported");
    }

    [Fact]
    public async Task PortalHost_GivenAContentSnapshot_WatchesNoFiles()
    {
        var read = new ContentLoader(new MarkdownRenderer(), Peru.Portal.Web.Cli.CommandLine.Languages()).Load(Content);
        string[] settings = [$"--contentRoot={StaticExport.FindWebProject()}", $"--Portal:ContentPath={Content}", $"--ConnectionStrings:Portal=Data Source={Path.Combine(_folder, "portal.db")}"];

        await using var watched = PortalApplication.CreateBuilder(settings).Build();
        await using var snapshot = PortalApplication.CreateBuilder(settings, (Content, read)).Build();

        Assert.NotNull(watched.Services.GetService<ContentWatcher>());
        Assert.Contains(watched.Services.GetServices<IHostedService>(), s => s is PublicationClock);
        Assert.Null(snapshot.Services.GetService<ContentWatcher>());
        Assert.DoesNotContain(snapshot.Services.GetServices<IHostedService>(), s => s is ContentWatcher or PublicationClock);
    }

    private ExportRequest Request(ContentLoadResult read) => new(Content, Out, StaticExport.FindWebProject(), null, null, read);

    private void EditAchievement()
    {
        var file = Path.Combine(Content, "peru", "achievements", "2011-2012", "safer-mining.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace(Checked, Edited, StringComparison.Ordinal));
    }
}
