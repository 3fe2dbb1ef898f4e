using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Tests.Data;

/// <summary>
/// The importer writes rows on a plain connection with what it reads from the compiled model alone: these compare
/// each column, converter and JSON writer with what EF Core's own model (built from the code, with its type
/// mappings) gives, so that the store is written exactly as EF Core would write it and reads it back.
/// </summary>
public sealed class StoreColumnsTests
{
    [Fact]
    public void ImportColumns_AreTheColumnsAndConvertersEfCoreMapsForEveryTable()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var built = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options);
        var tables = built.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null).ToList();

        Assert.Equal(tables.Select(e => e.Name).Order(StringComparer.Ordinal), StoreModel.TablesInOrder.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var entity in tables)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var expected = entity.GetProperties()
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
                .Select(p => $"{p.GetColumnName(table)}:{p.GetTypeMapping().Converter?.GetType().Name}")
                .Concat(entity.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()).Select(n => $"{n.TargetEntityType.GetContainerColumnName()}:json"));
            var compiled = StoreModel.EntityType(entity.ClrType);
            var written = BulkInsert.ColumnsOf(compiled).Select(c => c.Name).ToList();
            var converters = compiled.GetProperties()
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
                .Select(p => p.GetValueConverter()?.GetType().Name ?? (StoreModel.Converter(p) is null ? null : "CollectionToJsonStringConverter`1"))
                .Concat(compiled.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()).Select(_ => "json"));

            Assert.Equal(expected, written.Zip(converters, (name, converter) => $"{name}:{converter}"));
        }
    }

    [Fact]
    public void JsonColumns_AreWrittenWithEfCoresNamesAndWritersForEveryOwnedProperty()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var built = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options);
        var owned = built.Model.GetEntityTypes().Where(e => e.IsMappedToJson()).ToList();

        Assert.NotEmpty(owned);
        foreach (var entity in owned)
        {
            var expected = entity.GetProperties()
                .Where(p => p.GetJsonPropertyName() is not null)
                .Select(p => $"{p.GetJsonPropertyName()}:{p.GetTypeMapping().JsonValueReaderWriter?.GetType().FullName}");
            var compiled = StoreModel.Model.FindEntityType(entity.Name)!;

            Assert.Equal(expected, StoreModel.JsonProperties(compiled).Select(p => $"{p.Name}:{p.Writer.GetType().FullName}"));
        }
    }

    public static TheoryData<string> Contents => new() { PortalFactory.FixtureContent, Web.RealContentFactory.RepositoryContent };

    [Theory]
    [MemberData(nameof(Contents))]
    public void ImportColumns_GiveForEveryRowTheValuesEfCoresTypeMappingsGive(string root)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var built = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options);
        var loaded = new ContentLoader(new MarkdownRenderer()).Load(root);
        Assert.Empty(loaded.Problems);

        var compared = 0;
        foreach (var table in StoreModel.TablesInOrder)
        {
            var columns = BulkInsert.ColumnsOf(table).ToList();
            var reference = built.Model.FindEntityType(table.Name)!;
            var rows = table.ClrType == typeof(PublishedPage) ? PageCatalog.From(loaded.Content) : loaded.Content.RowsOf(table.ClrType);
            foreach (var row in rows)
            {
                Assert.Equal(EfValues(reference, row), columns.Select(c => c.Read(row)));
                compared++;
            }
        }

        Assert.True(compared > 100, $"only {compared} rows compared");
    }

    /// <summary>A row's values as EF Core's own model writes them: each column through its type mapping's converter,
    /// each owned collection through the JSON names and writers of its type mappings.</summary>
    private static List<object?> EfValues(IEntityType entity, object row)
    {
        var values = new List<object?>();
        foreach (var property in entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)))
        {
            var value = property.PropertyInfo!.GetValue(row);
            values.Add(value is not null && property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value);
        }

        foreach (var navigation in entity.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()))
        {
            if (navigation.PropertyInfo!.GetValue(row) is not System.Collections.IEnumerable items)
            {
                values.Add(null);
                continue;
            }

            using var buffer = new MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    writer.WriteStartObject();
                    foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => p.GetJsonPropertyName() is not null))
                    {
                        writer.WritePropertyName(property.GetJsonPropertyName()!);
                        if (property.PropertyInfo!.GetValue(item) is { } value)
                        {
                            property.GetTypeMapping().JsonValueReaderWriter!.ToJson(writer, value);
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

            values.Add(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }

        return values;
    }
}
