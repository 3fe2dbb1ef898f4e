using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Peru.Portal.Web.Data;

/// <summary>
/// Inserts many rows with one prepared statement per table, inside the caller's transaction. EF Core has no bulk
/// insert, and SaveChanges spends most of a 10,000-file import tracking entities it will never update; this writes
/// the same columns, taken from EF's own model (names, value converters, JSON columns), so the schema stays EF's.
/// </summary>
public static class BulkInsert
{
    public static Task InsertAsync<T>(PortalDbContext db, IEnumerable<T> rows, CancellationToken ct)
        where T : class =>
        InsertAsync(db, db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model"), rows, ct);

    /// <summary>The rows of one entity type of the model, whatever their type is known as.</summary>
    public static async Task InsertAsync(PortalDbContext db, IEntityType entityType, System.Collections.IEnumerable rows, CancellationToken ct)
    {
        var columns = Columns(entityType);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{entityType.GetTableName()}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        foreach (var row in rows.Cast<object>())
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Read(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private sealed record Column(string Name, Func<object, object?> Read);

    private static List<Column> Columns(IEntityType entityType)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entityType.GetProperties())
        {
            // Generated keys are left to SQLite, as SaveChanges would.
            if (property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never)
            {
                continue;
            }

            var getter = Getter(property);
            var converter = property.GetTypeMapping().Converter;
            columns.Add(new(property.GetColumnName(table)!, converter is null
                ? getter
                : row => getter(row) is { } value ? converter.ConvertToProvider(value) : null));
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()))
        {
            var getter = Getter(navigation);
            var target = navigation.TargetEntityType;
            columns.Add(new(target.GetContainerColumnName()!, row => Json(target, (System.Collections.IEnumerable?)getter(row))));
        }

        return columns;
    }

    /// <summary>
    /// Reads a property as EF Core does (its backing field when it has one, else the property), by reflection. EF's own
    /// getters (<c>GetGetter</c>) compile several expression trees per property: on a new store that was some 800
    /// methods for the JIT to optimize before the first page could be served, for a few reads per row.
    /// </summary>
    private static Func<object, object?> Getter(IPropertyBase property) =>
        property.FieldInfo is { } field ? field.GetValue
        : property.PropertyInfo is { } clr ? clr.GetValue
        : throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} has no CLR member to read");

    /// <summary>Writes an owned collection exactly as EF Core would (its JSON names and its value writers), so EF reads it back.</summary>
    private static string? Json(IEntityType type, System.Collections.IEnumerable? items)
    {
        if (items is null)
        {
            return null;
        }

        var properties = type.GetProperties()
            .Where(p => p.GetJsonPropertyName() is not null)
            .Select(p => (Name: p.GetJsonPropertyName()!, Get: Getter(p), Writer: p.GetTypeMapping().JsonValueReaderWriter!))
            .ToList();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStartObject();
                foreach (var (name, get, json) in properties)
                {
                    writer.WritePropertyName(name);
                    if (get(item) is { } value)
                    {
                        json.ToJson(writer, value);
                    }
                    else
                    {
                        writer.WriteNullValue();
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
