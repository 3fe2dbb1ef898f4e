using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Web.Models;

/// <summary>
/// What every column and key of the open data files, and every element of the IATI file, means: its name in the
/// file's language, its readable title, its unit and an example taken from the file itself.
/// </summary>
public sealed record FieldDefinitionsPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    IReadOnlyList<FieldDefinitionsPage.FileSection> Files,
    IReadOnlyList<FieldDefinitionsPage.Field> Iati) : IPortalPage
{
    public const string IatiId = "iati";

    /// <summary>A field: <paramref name="Name"/> is as the file writes it, <paramref name="Title"/> as the spreadsheet header reads.</summary>
    public sealed record Field(string Id, string Name, string? Title, string Meaning, string Unit, string? Example);

    public sealed record FileSection(string Id, string Title, string PagePath, string CsvPath, string SpreadsheetPath, string JsonPath, string SchemaPath, IReadOnlyList<Field> Columns, IReadOnlyList<Field> JsonKeys);

    /// <summary>The anchor of a data set's definitions (<c>#projects</c>), which every download links to; ids are English in every language, as the glossary's are.</summary>
    public static string Anchor(Language language, string country, string dataSet) => $"{Addresses.FieldDefinitions(language, country)}#{dataSet}";

    public static FieldDefinitionsPage From(Language language, Country country, IReadOnlyList<(string DataSet, DataTable Table)> tables, IStringLocalizer<FieldDefinitionsPage> text, IStringLocalizer<FieldText> fields)
    {
        var title = text["Open data field definitions"].Value;
        var summary = text["What each column and key of the open data files means, in what unit, with an example from the file, and the elements of the IATI activity file."].Value;
        var slug = country.Slug;
        var files = tables.Select(t =>
        {
            var (dataSet, table) = t;
            var definition = FieldCatalog.File(dataSet);
            return new FileSection(
                dataSet,
                fields[FieldCatalog.Title(dataSet)].Value,
                Addresses.DataPage(language, slug, dataSet),
                Addresses.DataFile(language, slug, dataSet, "csv"),
                Addresses.SpreadsheetFile(language, slug, dataSet),
                Addresses.DataFile(language, slug, dataSet, "json"),
                Addresses.SchemaFile(language, slug, dataSet),
                [.. definition.Columns.Select(c => Define(c, $"{dataSet}-{c.Key}", ColumnExample(table, c.Key)))],
                [.. definition.JsonKeys.Select(k => Define(k, $"{dataSet}-json-{k.Key}", KeyExample(table, OpenDataNames.Of(language, k.Key))))]);
        }).ToList();

        var iati = FieldCatalog.Iati.Select(e => new Field(
            $"iati-{e.Path.Replace("/@", "-", StringComparison.Ordinal).Replace('/', '-').Replace(":", "-", StringComparison.Ordinal)}",
            e.Path, null, fields[e.Meaning].Value, fields[e.Unit].Value, e.Example)).ToList();

        return new(
            PageChrome.ForCountry(language, slug, country.Name, Section.OpenData, title, summary, Addresses.FieldDefinitions(language, slug), country.DateModified),
            title,
            summary,
            files,
            iati);

        Field Define(FieldDefinition f, string id, string? example) =>
            new(id, OpenDataNames.Of(language, f.Key), fields[FieldCatalog.Title(f.Key)].Value, fields[f.Meaning].Value, fields[f.Unit].Value, example);
    }

    private const int ExampleLength = 100;

    /// <summary>The first value the column holds that is not empty, as the CSV writes it; a long text is cut at a word, marked with an ellipsis.</summary>
    private static string? ColumnExample(DataTable table, string key)
    {
        var column = table.Keys.ToList().IndexOf(key);
        return column < 0 ? null : Shorten(table.Rows.Select(r => Csv.Field(r[column])).FirstOrDefault(v => v.Length > 0));
    }

    private static string? Shorten(string? text)
    {
        if (text is null || text.Length <= ExampleLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ExampleLength);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : ExampleLength), "…");
    }

    /// <summary>A JSON key's value where it is a single value, at the top of the file or in its first total.</summary>
    private static string? KeyExample(DataTable table, string name)
    {
        var first = table.About.Values.OfType<IEnumerable<Dictionary<string, object?>>>().SelectMany(t => t.Take(1));
        return new[] { table.About }.Concat(first)
            .Select(d => d.TryGetValue(name, out var value) ? value : null)
            .Where(v => v is not null and not System.Collections.IEnumerable || v is string)
            .Select(Csv.Field)
            .FirstOrDefault(v => v.Length > 0) is { } found ? Shorten(found) : null;
    }
}
