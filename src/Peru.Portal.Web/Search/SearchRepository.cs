using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Search;

public sealed record SearchHit(string Path, string Title, string Section, string? Theme, string? Year, string Snippet);

public sealed record SearchFacet(string Value, int Count);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyList<SearchFacet> Sections, IReadOnlyList<SearchFacet> Themes);

/// <summary>
/// Full-text search over the FTS5 index, ranked with bm25 where a title match weighs ten times a body match.
/// Plain ADO.NET rather than EF's SqlQuery: EF wraps raw SQL in a subquery, where FTS5's snippet() cannot run.
/// </summary>
public sealed class SearchRepository(PortalDbContext db)
{
    /// <summary>Marks the matched words in snippets; control characters never appear in indexed text, so they cannot collide.</summary>
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    // bm25 alone orders the hits: a second sort key would make SQLite read every matching row.
    private const string HitsSql = $"""
        SELECT {SearchIndex.Table}.path, {SearchIndex.Table}.title, f.section, f.theme, f.year,
               snippet({SearchIndex.Table}, 1, char(2), char(3), '…', 24)
        FROM {SearchIndex.Table} JOIN {SearchIndex.Facets} f ON f.id = {SearchIndex.Table}.rowid
        WHERE {SearchIndex.Table} MATCH $match AND f.language = $language /*filters*/
        ORDER BY bm25({SearchIndex.Table}, 10.0, 1.0)
        LIMIT $take OFFSET $skip
        """;

    private const string FacetsSql = $"""
        SELECT f.section, f.theme, COUNT(*)
        FROM {SearchIndex.Table} JOIN {SearchIndex.Facets} f ON f.id = {SearchIndex.Table}.rowid
        WHERE {SearchIndex.Table} MATCH $match AND f.language = $language
        GROUP BY f.section, f.theme
        """;

    public async Task<SearchResults> SearchAsync(string language, SearchQuery query, string? section, string? theme, int skip, int take, CancellationToken ct = default)
    {
        if (query.IsEmpty)
        {
            return new([], 0, [], []);
        }

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var match = query.ToFts();
        var hits = new List<SearchHit>();
        // Only the shape of the SQL varies with the filters; their values are always parameters.
        var filters = (section is null ? "" : " AND f.section = $section") + (theme is null ? "" : " AND f.theme = $theme");
        await using (var command = Command(connection, HitsSql.Replace("/*filters*/", filters, StringComparison.Ordinal), ("$match", match), ("$language", language), ("$section", section), ("$theme", theme), ("$take", take), ("$skip", skip)))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                hits.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), reader.GetString(5)));
            }
        }

        var facets = new List<(string Section, string? Theme, int Count)>();
        await using (var command = Command(connection, FacetsSql, ("$match", match), ("$language", language)))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                facets.Add((reader.GetString(0), Text(reader, 1), reader.GetInt32(2)));
            }
        }

        var inScope = facets.Where(f => (section is null || f.Section == section) && (theme is null || f.Theme == theme)).Sum(f => f.Count);
        return new(
            hits,
            inScope,
            facets.GroupBy(f => f.Section).Select(g => new SearchFacet(g.Key, g.Sum(f => f.Count))).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList(),
            facets.Where(f => f.Theme is not null && (section is null || f.Section == section)).GroupBy(f => f.Theme!).Select(g => new SearchFacet(g.Key, g.Sum(f => f.Count))).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList());
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
