using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Peru.Portal.Tests.Content;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Tests.Data;

/// <summary>
/// An import over an earlier one rewrites only the search rows that changed; the index it leaves holds the same rows,
/// finds the same pages and counts the same facets as an import into a new store.
/// </summary>
public sealed class SearchIndexAfterEditTests : IDisposable
{
    private readonly BrokenContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task FileEdited_ImportedAgain_IndexIsAsImportedIntoANewStore()
    {
        await using var store = await StoreWithAsync();
        _content.Append("peru/program.md", "\nA paragraph about quinoa cooperatives.\n");

        await ImportAsync(store);

        await using var fresh = await StoreWithAsync();
        Assert.Equal(await IndexOfAsync(fresh), await IndexOfAsync(store));
        Assert.Equal(await FoundAsync(fresh, "quinoa"), await FoundAsync(store, "quinoa"));
        Assert.NotEmpty(await FoundAsync(store, "quinoa"));
    }

    [Fact]
    public async Task FileRemovedAndTextRemoved_ImportedAgain_OldRowsAndWordsAreGone()
    {
        _content.Append("peru/program.md", "\nA paragraph about quinoa cooperatives.\n");
        await using var store = await StoreWithAsync();
        Assert.NotEmpty(await FoundAsync(store, "quinoa"));
        var achievements = Directory.GetFiles(Path.Combine(_content.Root, "peru", "achievements"), "*.md", SearchOption.AllDirectories);
        var removed = Path.GetFileNameWithoutExtension(achievements.First(f => !f.EndsWith(".fr.md", StringComparison.Ordinal) && !f.EndsWith(".es.md", StringComparison.Ordinal)));
        foreach (var twin in achievements.Where(f => Path.GetFileName(f).StartsWith(removed + ".", StringComparison.Ordinal)))
        {
            File.Delete(twin);
        }

        _content.Write("peru/program.md", _content.Read("peru/program.md").Replace("\nA paragraph about quinoa cooperatives.\n", "", StringComparison.Ordinal));

        await ImportAsync(store);

        await using var fresh = await StoreWithAsync();
        Assert.Equal(await IndexOfAsync(fresh), await IndexOfAsync(store));
        Assert.Empty(await FoundAsync(store, "quinoa"));
    }

    private async Task<SqliteConnection> StoreWithAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await ImportAsync(connection);
        return connection;
    }

    private async Task ImportAsync(SqliteConnection connection)
    {
        var loaded = new ContentLoader(new MarkdownRenderer()).Load(_content.Root);
        Assert.Empty(loaded.Problems);
        var contexts = new StoreFixture.PooledFactory(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options);
        await new ContentImporter(contexts, NullLogger<ContentImporter>.Instance).ImportAsync(loaded.Content, "", connection);
    }

    /// <summary>Every row of the index and of its facets, in order.</summary>
    private static async Task<List<string>> IndexOfAsync(SqliteConnection connection) =>
        [.. await RowsAsync(connection, $"SELECT rowid, title, body, path FROM {SearchIndex.Table} ORDER BY rowid"),
         .. await RowsAsync(connection, $"SELECT id, language, country, section, theme, year FROM {SearchIndex.Facets} ORDER BY id")];

    private static Task<List<string>> FoundAsync(SqliteConnection connection, string word) =>
        RowsAsync(connection, $"SELECT path FROM {SearchIndex.Table} WHERE {SearchIndex.Table} MATCH '{word}' ORDER BY rank, rowid");

    private static async Task<List<string>> RowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
        }

        return rows;
    }
}
