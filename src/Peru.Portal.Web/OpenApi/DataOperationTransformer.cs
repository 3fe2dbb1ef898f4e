using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Web.OpenApi;

/// <summary>
/// Says what each data address answers. The actions return files they build themselves (the open data's keys are
/// words of the address's language), so there is no return type for the library to describe: the schema is made
/// here from the same language table the files are written from.
/// </summary>
internal sealed class DataOperationTransformer(LanguageTable languages) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<DataAddressAttribute>().FirstOrDefault() is not { } data)
        {
            return Task.CompletedTask;
        }

        var language = languages.Find(context.Description.RelativePath?.Split('/')[0]) ?? languages.Default;
        operation.Summary = $"{data.Summary} ({language.EnglishName})";
        operation.Responses = new OpenApiResponses
        {
            ["200"] = data.Answer switch
            {
                DataAnswer.IatiActivities => Iati(),
                DataAnswer.SpreadsheetCsv => Spreadsheet(language),
                DataAnswer.JsonSchema => Schema(language),
                _ => Table(language),
            },
            ["304"] = new OpenApiResponse { Description = "Not modified: the copy named by If-None-Match or If-Modified-Since is current" },
            ["404"] = new OpenApiResponse { Description = "No country by that name in this language" },
        };
        return Task.CompletedTask;
    }

    private static OpenApiResponse Table(Language language) => new()
    {
        Description = $"The table as JSON (format json) or CSV (format csv), its keys and columns in {language.EnglishName}",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "The table's columns, its rows (one object a row, keyed by column) and what the table is about (country, page address, totals)",
                    Required = new HashSet<string> { OpenDataNames.Of(language, "columns"), OpenDataNames.Of(language, "rows") },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [OpenDataNames.Of(language, "country")] = new OpenApiSchema { Type = JsonSchemaType.String },
                        [OpenDataNames.Of(language, "page_url")] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
                        [OpenDataNames.Of(language, "columns")] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                        [OpenDataNames.Of(language, "rows")] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            Items = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "One row: each column's value under the column's name", AdditionalPropertiesAllowed = true },
                        },
                    },
                    AdditionalPropertiesAllowed = true,
                },
            },
            ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180: UTF-8 with a byte order mark, CRLF, a header row of the stable column names" } },
        },
    };

    private static OpenApiResponse Spreadsheet(Language language) => new()
    {
        Description = $"The same rows as the CSV file, with readable column headers in {language.EnglishName}, for spreadsheets",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180: UTF-8 with a byte order mark, CRLF, a header row of readable column titles" } },
        },
    };

    private static OpenApiResponse Schema(Language language) => new()
    {
        Description = $"The JSON Schema (2020-12) of the table's JSON file, each field's title and meaning in {language.EnglishName}",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/schema+json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A JSON Schema document", AdditionalPropertiesAllowed = true } },
        },
    };

    private static OpenApiResponse Iati() => new()
    {
        Description = "The country's projects as IATI Standard 2.03 activity XML, every language in one file",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/xml"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "An iati-activities document (iati-activities-schema.xsd, version 2.03)" } },
        },
    };
}
