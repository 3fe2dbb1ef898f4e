using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Peru.Portal.Web.Data;

/// <summary>Where the store is, for the few reads that must not wait for EF Core to start (start-up, health).</summary>
public sealed record StoreLocation(string ConnectionString);

/// <summary>
/// The last complete import a store holds, read with plain SQL: at start, deciding whether the store can be reused
/// costs no EF Core start-up, which is what a reused store saves. The fingerprint is written in the import's own
/// transaction, so a store with one holds that whole import.
/// </summary>
public sealed record StoredImport(DateTimeOffset ImportedAt, string Fingerprint, IReadOnlyList<string> PagePaths, IReadOnlyList<(string Language, string Slug)> Countries)
{
    /// <summary>The store's import when it was made from <paramref name="fingerprint"/>; null when there is none, it
    /// differs, or the store cannot be read as this build's store (then it is built again).</summary>
    public static async Task<StoredImport?> FindAsync(StoreLocation store, string fingerprint, CancellationToken ct = default)
    {
        var builder = new SqliteConnectionStringBuilder(store.ConnectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || !File.Exists(builder.DataSource))
        {
            return null;
        }

        builder.Mode = SqliteOpenMode.ReadOnly;
        try
        {
            await using var connection = new SqliteConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"ContentFingerprint\", \"ImportedAt\" FROM \"Imports\" ORDER BY \"Id\" DESC LIMIT 1";
            string importedAt;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct) || reader.GetString(0) != fingerprint)
                {
                    return null;
                }

                importedAt = reader.GetString(1);
            }

            var pages = new List<string>();
            command.CommandText = "SELECT \"Path\" FROM \"PublishedPages\"";
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    pages.Add(reader.GetString(0));
                }
            }

            var countries = new List<(string, string)>();
            command.CommandText = "SELECT \"Language\", \"Slug\" FROM \"Countries\"";
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    countries.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            return new(DateTimeOffset.Parse(importedAt, CultureInfo.InvariantCulture), fingerprint, pages, countries);
        }
        catch (Exception e) when (e is SqliteException or FormatException or InvalidCastException)
        {
            // An older build's store (no fingerprint column), a damaged file: build it again from the files.
            return null;
        }
        finally
        {
            // A read-only pooled connection would keep the file open while the import replaces it.
            SqliteConnection.ClearAllPools();
        }
    }
}
