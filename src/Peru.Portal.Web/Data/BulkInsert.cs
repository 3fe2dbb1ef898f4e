using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.Json;

namespace Peru.Portal.Web.Data;

/// <summary>
/// Inserts many rows with one prepared statement per table, inside the caller's transaction, on a plain SQLite
/// connection. EF Core has no bulk insert, and SaveChanges spends most of a 10,000-file import tracking entities it
/// will never update. The columns come from the compiled model (<see cref="StoreModel"/>), read without a context:
/// on a new store, building EF Core's services for the import was half a second of start-up. The names, value
/// converters and JSON writers are those EF Core uses for the same model, which <c>StoreColumnsTests</c> checks.
/// </summary>
public static class BulkInsert
{
    private static readonly ConcurrentDictionary<IEntityType, Column[]> Plans = new();

    public static Task InsertAsync<T>(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<T> rows, CancellationToken ct)
        where T : class =>
        InsertAsync(connection, transaction, StoreModel.EntityType(typeof(T)), rows, ct);

    /// <summary>The rows of one entity type of the model, whatever their type is known as.</summary>
    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, IEntityType entityType, System.Collections.IEnumerable rows, CancellationToken ct)
    {
        var columns = PlanOf(entityType);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{entityType.GetTableName()}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});";
        var parameters = new SqliteParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i] = command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].Read(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Works out the columns of these tables ahead of their first rows (start-up does it while the files are read).</summary>
    public static void Plan(IEnumerable<IEntityType> tables)
    {
        foreach (var table in tables)
        {
            PlanOf(table);
        }
    }

    private static Column[] PlanOf(IEntityType entityType) => Plans.GetOrAdd(entityType, static e => [.. ColumnsOf(e)]);

    /// <summary>One column as written: its name, and how a row's value becomes what SQLite is given.</summary>
    public sealed record Column(string Name, Func<object, object?> Read);

    /// <summary>The columns an insert writes, in the model's order: generated keys are left to SQLite, as SaveChanges would.</summary>
    public static IEnumerable<Column> ColumnsOf(IEntityType entityType)
    {
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never)
            {
                continue;
            }

            var getter = Getter(property);
            var converter = StoreModel.Converter(property);
            yield return new(StoreModel.ColumnName(property), converter is null
                ? getter
                : row => getter(row) is { } value ? converter(value) : null);
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()))
        {
            var getter = Getter(navigation);
            var target = navigation.TargetEntityType;
            var properties = StoreModel.JsonProperties(target).Select(p => (p.Name, Get: Getter(p.Property), p.Writer)).ToArray();
            yield return new(target.GetContainerColumnName()!, row => Json(properties, (System.Collections.IEnumerable?)getter(row)));
        }
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
    private static string? Json((string Name, Func<object, object?> Get, JsonValueReaderWriter Writer)[] properties, System.Collections.IEnumerable? items)
    {
        if (items is null)
        {
            return null;
        }

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
