using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.Json;

namespace Peru.Portal.Web.Data;

/// <summary>
/// What the importer needs of the store's shape, read from the compiled model alone: tables, columns and JSON writers.
/// A context would give the same through its type mappings, but its first creation builds EF Core's services and the
/// relational model, which on a new store was half a second before the server could listen. <c>StoreColumnsTests</c>
/// compares every name, converter and writer here with those EF Core's own model gives.
/// </summary>
public static class StoreModel
{
    // EF Core's JSON writers for the CLR types the store holds, as the SQLite provider's type mappings give them: the
    // compiled model does not carry type mappings, which are made when a context first starts. The SQLite ones are
    // public classes in an Internal namespace; StoreColumnsTests fails if EF Core's model stops using any of them.
#pragma warning disable EF1001
    private static readonly Dictionary<Type, JsonValueReaderWriter> JsonWriters = new()
    {
        [typeof(string)] = JsonStringReaderWriter.Instance,
        [typeof(int)] = JsonInt32ReaderWriter.Instance,
        [typeof(bool)] = JsonBoolReaderWriter.Instance,
        [typeof(DateOnly)] = JsonDateOnlyReaderWriter.Instance,
        [typeof(decimal)] = Microsoft.EntityFrameworkCore.Sqlite.Storage.Json.Internal.SqliteJsonDecimalReaderWriter.Instance,
        [typeof(DateTimeOffset)] = Microsoft.EntityFrameworkCore.Sqlite.Storage.Json.Internal.SqliteJsonDateTimeOffsetReaderWriter.Instance,
    };
#pragma warning restore EF1001

    private static readonly Lazy<IReadOnlyList<IEntityType>> Ordered = new(() => StoreTables.InDependencyOrder(Model));

    /// <summary>The model the portal's contexts use (<c>Data/CompiledModel</c>), usable without any context.</summary>
    public static IModel Model => CompiledModel.PortalDbContextModel.Instance;

    /// <summary>The store's tables in the order rows can be written, parents first.</summary>
    public static IReadOnlyList<IEntityType> TablesInOrder => Ordered.Value;

    public static IEntityType EntityType(Type type) =>
        Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the store's model");

    /// <summary>A property's column: the name the model sets, else the property's own, as EF Core names it.</summary>
    public static string ColumnName(IProperty property) =>
        property.FindAnnotation(RelationalAnnotationNames.ColumnName)?.Value as string ?? property.Name;

    /// <summary>
    /// What a property's value becomes in its column, when it is not given to SQLite as it is: through the model's
    /// converter, or for a primitive collection (a list of strings) as the JSON array EF Core's type mapping writes.
    /// That mapping's converter only calls its collection writer, which is used here directly: the converter would first
    /// compile an expression tree.
    /// </summary>
    public static Func<object, object?>? Converter(IProperty property)
    {
        if (property.GetValueConverter() is { } converter)
        {
            return converter.ConvertToProvider;
        }

        if (property.GetElementType() is not { } element)
        {
            return null;
        }

        var type = element.ClrType;
        var underlying = Nullable.GetUnderlyingType(type);
        var collection = !type.IsValueType ? typeof(JsonCollectionOfReferencesReaderWriter<,>)
            : underlying is null ? typeof(JsonCollectionOfStructsReaderWriter<,>)
            : typeof(JsonCollectionOfNullableStructsReaderWriter<,>);
        var writer = (JsonValueReaderWriter)Activator.CreateInstance(collection.MakeGenericType(property.ClrType, underlying ?? type), JsonWriter(type, property))!;
        return writer.ToJsonString;
    }

    /// <summary>
    /// The properties an owned type's JSON holds, in the model's order, with their JSON names (the model's, else the
    /// property's) and EF Core's writer for their type; its keys (owner and ordinal) are not written, as EF Core does.
    /// </summary>
    public static IEnumerable<(string Name, IProperty Property, JsonValueReaderWriter Writer)> JsonProperties(IEntityType owned) =>
        owned.GetProperties()
            .Where(p => !p.IsKey())
            .Select(p => (p.FindAnnotation(RelationalAnnotationNames.JsonPropertyName)?.Value as string ?? p.Name, p, JsonWriter(p)));

    private static JsonValueReaderWriter JsonWriter(IProperty property) => JsonWriter(property.ClrType, property);

    private static JsonValueReaderWriter JsonWriter(Type type, IProperty property) =>
        JsonWriters.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var writer)
            ? writer
            : throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name}: no JSON writer for {type.Name}; add EF Core's to StoreModel");
}
