using Microsoft.Data.Sqlite;
using Peru.Portal.Tests.Cli;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// A restart reuses the store only when it provably holds the files on disk now: the same bytes of every file and the
/// same build. Otherwise everything is imported again, and deleting the store loses nothing.
/// </summary>
public sealed class StoreReuseTests : IDisposable
{
    private const string Page = "/en/peru/achievements/2011-2012/safer-mining";
    private readonly string _content = Directory.CreateTempSubdirectory("peru-reuse-content-").FullName;
    private readonly string _store = Directory.CreateTempSubdirectory("peru-reuse-store-").FullName;

    public StoreReuseTests() => ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, _content);

    private string Database => Path.Combine(_store, "portal.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_content, recursive: true);
        Directory.Delete(_store, recursive: true);
    }

    [Fact]
    public async Task Restart_OnUnchangedContent_ServesTheStoredImportWithoutImportingAgain()
    {
        var (firstImport, firstPage) = await StartAsync();
        var (secondImport, secondPage) = await StartAsync();

        Assert.Equal(firstImport, secondImport);
        Assert.Equal(firstPage, secondPage);
    }

    [Fact]
    public async Task Restart_AfterAByteChangedWithTheSameLengthAndTime_ImportsTheChange()
    {
        var (firstImport, firstPage) = await StartAsync();
        var file = Path.Combine(_content, "peru", "achievements", "2011-2012", "safer-mining.md");
        var written = File.GetLastWriteTimeUtc(file);
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("2,000 miners", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text.Replace("2,000 miners", "2,000 minerz", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, written);

        var (secondImport, secondPage) = await StartAsync();

        Assert.NotEqual(firstImport, secondImport);
        Assert.DoesNotContain("2,000 minerz", firstPage, StringComparison.Ordinal);
        Assert.Contains("2,000 minerz", secondPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_WithTheStoreDeleted_ImportsEverythingAgainAndServesTheSamePage()
    {
        var (firstImport, firstPage) = await StartAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_store))
        {
            File.Delete(file);
        }

        var (secondImport, secondPage) = await StartAsync();

        Assert.NotEqual(firstImport, secondImport);
        Assert.Equal(firstPage, secondPage);
    }

    [Fact]
    public async Task Restart_AfterAFileWasAdded_ImportsAgain()
    {
        var (firstImport, _) = await StartAsync();
        await File.WriteAllTextAsync(Path.Combine(_content, "peru", ".notes.txt"), "an editor's note");

        var (secondImport, _) = await StartAsync();

        Assert.NotEqual(firstImport, secondImport);
    }

    /// <summary>Starts the portal on the shared content and store, reads one page, stops it; returns the import's id and time with the page.</summary>
    private async Task<(string Import, string Page)> StartAsync()
    {
        string page;
        using (var factory = new ReusedStoreFactory(_content, Database))
        {
            using var client = factory.CreateClient();
            page = await client.GetStringAsync(new Uri(Page, UriKind.Relative));
        }

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\" || ' ' || \"ImportedAt\" FROM \"Imports\"";
        return ((string)(await command.ExecuteScalarAsync())!, page);
    }

    private sealed class ReusedStoreFactory : PortalFactory
    {
        private readonly string _database;

        public ReusedStoreFactory(string content, string database)
        {
            ContentPath = content;
            _database = database;
        }

        protected override IEnumerable<(string Key, string Value)> Settings => [("ConnectionStrings:Portal", $"Data Source={_database}")];
    }
}
