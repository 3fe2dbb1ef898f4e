using System.Text.Json;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>Writes schema.org JSON-LD. The default encoder escapes '&lt;', so content can never close the script element.</summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = null, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Serialize(object data) => JsonSerializer.Serialize(data, data.GetType(), Options);

    public static Dictionary<string, object?> Breadcrumbs(string baseUrl, IEnumerable<(string Title, string Path)> crumbs) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = crumbs.Select((c, i) => new Dictionary<string, object?>
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = c.Title,
            ["item"] = baseUrl + c.Path,
        }).ToList(),
    };
}
