using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.OpenData;

/// <summary>
/// The JSON Schema of each JSON file, in the file's language. One schema per data set is kept with the code in
/// English names (<c>OpenData/Schemas/</c>); a language's copy renames its properties as <c>languages.json</c>
/// names the keys and adds each field's title and meaning from the field definitions, so the schema a file
/// names describes exactly that file.
/// </summary>
public static class OpenDataSchemas
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static byte[] For(Language language, string dataSet, IStringLocalizer<FieldText> text)
    {
        var root = JsonNode.Parse(Read(dataSet))!.AsObject();
        var file = FieldCatalog.File(dataSet);
        root["title"] = text[FieldCatalog.Title(dataSet)].Value;
        Localize(root, language, text, [.. file.JsonKeys, .. file.Columns], file.Columns);
        return JsonSerializer.SerializeToUtf8Bytes(root, Indented);
    }

    /// <summary>The schema as kept with the code, with its English names.</summary>
    public static string Read(string dataSet)
    {
        using var stream = typeof(OpenDataSchemas).Assembly.GetManifestResourceStream($"Peru.Portal.Web.OpenData.Schemas.{dataSet}.schema.json")
            ?? throw new InvalidOperationException($"no schema is kept for the data set '{dataSet}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Localize(JsonObject schema, Language language, IStringLocalizer<FieldText> text, IReadOnlyList<FieldDefinition> here, IReadOnlyList<FieldDefinition> columns)
    {
        if (schema["items"] is JsonObject items)
        {
            Localize(items, language, text, here, columns);
        }

        if (schema["properties"] is not JsonObject properties)
        {
            return;
        }

        var renamed = new JsonObject();
        foreach (var (key, value) in properties.ToList())
        {
            properties.Remove(key);
            var property = value!.AsObject();
            // The rows hold the CSV's columns; every other object holds the JSON's own keys, which share their names.
            var inner = key == "rows" ? columns : here;
            Localize(property, language, text, inner, columns);
            if (here.FirstOrDefault(f => f.Key == key) is { } field)
            {
                property["title"] = text[FieldCatalog.Title(key)].Value;
                property["description"] = text[field.Meaning].Value;
            }

            renamed[OpenDataNames.Of(language, key)] = property;
        }

        schema["properties"] = renamed;
        if (schema["required"] is JsonArray required)
        {
            schema["required"] = new JsonArray([.. required.Select(r => (JsonNode?)JsonValue.Create(OpenDataNames.Of(language, r!.GetValue<string>())))]);
        }
    }
}
