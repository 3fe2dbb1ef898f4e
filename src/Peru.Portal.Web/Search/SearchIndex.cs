using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Search;

/// <summary>
/// The SQLite FTS5 index of every page. EF Core cannot create virtual tables, so the index is made and
/// filled with SQL, inside the importer's transaction so it always matches the rest of the store.
/// </summary>
public static class SearchIndex
{
    public const string Table = "SearchDocuments";

    // unicode61 with remove_diacritics folds case and accents ("awajun" finds "Awajún");
    // the prefix indexes make "teach*" as fast as a whole word.
    private const string Create = $"""
        CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(
            title, body,
            country UNINDEXED, path UNINDEXED, section UNINDEXED, theme UNINDEXED, year UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3 4'
        );
        """;

    private static readonly string[] Columns = ["$title", "$body", "$country", "$path", "$section", "$theme", "$year"];

    public static async Task RebuildAsync(PortalDbContext db, LoadedContent content, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(Create, ct);
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table};", ct);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var insert = connection.CreateCommand();
        insert.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        insert.CommandText = $"INSERT INTO {Table} (title, body, country, path, section, theme, year) VALUES ($title, $body, $country, $path, $section, $theme, $year);";
        var parameters = Columns.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var doc in SearchDocuments.From(content))
        {
            object?[] values = [doc.Title, doc.Body, doc.Country, doc.Path, doc.Section, doc.Theme, doc.Year];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
