using Microsoft.Data.Sqlite;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Search;

/// <summary>
/// The SQLite FTS5 index of every page. EF Core cannot create virtual tables, so the index is made and
/// filled with SQL, inside the importer's transaction so it always matches the rest of the store.
/// </summary>
public static class SearchIndex
{
    public const string Table = "SearchDocuments";

    /// <summary>
    /// Section, theme and year of each indexed page, in an ordinary table keyed by the same rowid: counting
    /// facets over thousands of matches reads this small table instead of the FTS5 content rows.
    /// </summary>
    public const string Facets = "SearchFacets";

    // unicode61 with remove_diacritics folds case and accents ("awajun" finds "Awajún");
    // the prefix indexes make "teach*" as fast as a whole word.
    private const string Create = $"""
        CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(
            title, body, path UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3 4'
        );
        CREATE TABLE IF NOT EXISTS {Facets} (
            id INTEGER PRIMARY KEY, language TEXT NOT NULL, country TEXT NOT NULL, section TEXT NOT NULL, theme TEXT, year TEXT
        );
        """;

    private static readonly string[] DocumentColumns = ["$id", "$title", "$body", "$path"];
    private static readonly string[] FacetColumns = ["$id", "$language", "$country", "$section", "$theme", "$year"];

    public static async Task RebuildAsync(SqliteConnection connection, SqliteTransaction transaction, LoadedContent content, CancellationToken ct)
    {
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = Create;
            await command.ExecuteNonQueryAsync(ct);
            command.CommandText = $"DELETE FROM {Table}; DELETE FROM {Facets};";
            await command.ExecuteNonQueryAsync(ct);
        }

        await using var document = Insert(connection, transaction, $"INSERT INTO {Table} (rowid, title, body, path) VALUES ($id, $title, $body, $path);", DocumentColumns);
        await using var facet = Insert(connection, transaction, $"INSERT INTO {Facets} (id, language, country, section, theme, year) VALUES ($id, $language, $country, $section, $theme, $year);", FacetColumns);
        var id = 0L;
        foreach (var doc in SearchDocuments.From(content))
        {
            id++;
            Set(document, id, doc.Title, doc.Body, doc.Path);
            await document.ExecuteNonQueryAsync(ct);
            Set(facet, id, doc.Language, doc.Country, doc.Section, doc.Theme, doc.Year);
            await facet.ExecuteNonQueryAsync(ct);
        }
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction? transaction, string sql, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var column in columns)
        {
            command.Parameters.Add(column, column == "$id" ? SqliteType.Integer : SqliteType.Text);
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
