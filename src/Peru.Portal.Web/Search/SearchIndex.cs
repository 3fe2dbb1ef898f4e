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

    /// <summary>
    /// Makes the index hold exactly the documents of <paramref name="content"/>. Only the rows that differ are written:
    /// FTS5 tokenizes a row's old text to delete it and its new text to insert it, into four indexes (words and three
    /// prefix lengths), so rewriting every page for a live edit of one was most of the import's time. Rows are numbered
    /// in the documents' order as before, and a row whose title, body and path are the same is left as it is.
    /// </summary>
    public static async Task RebuildAsync(SqliteConnection connection, SqliteTransaction transaction, LoadedContent content, CancellationToken ct)
    {
        var stored = new Dictionary<long, (string? Title, string? Body, string? Path)>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = Create;
            await command.ExecuteNonQueryAsync(ct);
            command.CommandText = $"DELETE FROM {Facets}; SELECT rowid, title, body, path FROM {Table};";
            await using var rows = await command.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct))
            {
                stored[rows.GetInt64(0)] = (Text(rows, 1), Text(rows, 2), Text(rows, 3));
            }
        }

        await using var insert = Insert(connection, transaction, $"INSERT INTO {Table} (rowid, title, body, path) VALUES ($id, $title, $body, $path);", DocumentColumns);
        await using var update = Insert(connection, transaction, $"UPDATE {Table} SET title = $title, body = $body, path = $path WHERE rowid = $id;", DocumentColumns);
        await using var facet = Insert(connection, transaction, $"INSERT INTO {Facets} (id, language, country, section, theme, year) VALUES ($id, $language, $country, $section, $theme, $year);", FacetColumns);
        var id = 0L;
        foreach (var doc in SearchDocuments.From(content))
        {
            id++;
            if (!stored.Remove(id, out var old))
            {
                Set(insert, id, doc.Title, doc.Body, doc.Path);
                await insert.ExecuteNonQueryAsync(ct);
            }
            else if (old != (doc.Title, doc.Body, doc.Path))
            {
                Set(update, id, doc.Title, doc.Body, doc.Path);
                await update.ExecuteNonQueryAsync(ct);
            }

            Set(facet, id, doc.Language, doc.Country, doc.Section, doc.Theme, doc.Year);
            await facet.ExecuteNonQueryAsync(ct);
        }

        await using var delete = Insert(connection, transaction, $"DELETE FROM {Table} WHERE rowid = $id;", ["$id"]);
        foreach (var gone in stored.Keys)
        {
            Set(delete, gone);
            await delete.ExecuteNonQueryAsync(ct);
        }
    }

    private static string? Text(SqliteDataReader rows, int column) => rows.IsDBNull(column) ? null : rows.GetString(column);

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
