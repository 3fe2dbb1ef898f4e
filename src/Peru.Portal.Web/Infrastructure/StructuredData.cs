using System.Globalization;
using System.Text.Json;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>Writes schema.org JSON-LD. The default encoder escapes '&lt;', so content can never close the script element.</summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = null, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Serialize(object data) => JsonSerializer.Serialize(data, data.GetType(), Options);

    /// <summary>
    /// A project as a grant: its amount is the new funding announced, over that funding's period. A total value
    /// holds money announced elsewhere or earlier, so it is never the grant's amount; it is only described.
    /// </summary>
    public static Dictionary<string, object?> MonetaryGrant(Project project, string url, string description, string? totalValue)
    {
        var grant = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MonetaryGrant",
            ["name"] = project.Title,
            ["url"] = url,
            ["description"] = description,
            ["amount"] = new Dictionary<string, object?> { ["@type"] = "MonetaryAmount", ["value"] = project.FundingAmount, ["currency"] = project.FundingCurrency },
            ["funder"] = new Dictionary<string, object?> { ["@type"] = "GovernmentOrganization", ["name"] = "Government of Canada" },
            ["startDate"] = project.FundingStartYear.ToString(CultureInfo.InvariantCulture),
            ["endDate"] = project.FundingEndYear.ToString(CultureInfo.InvariantCulture),
            ["dateModified"] = Formats.Date(project.DateModified),
            ["areaServed"] = project.Places,
        };

        if (project.Corrections.Count > 0)
        {
            grant["correction"] = Models.CorrectionView.StructuredData(project.Corrections);
        }

        // A dictionary writes its nulls: only a project with a total value says one.
        if (totalValue is not null)
        {
            grant["disambiguatingDescription"] = totalValue;
        }

        return grant;
    }

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
