using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Peru.Portal.Web.OpenApi;

/// <summary>What a data address answers, for the API description: a table of open data, or an IATI activity file.</summary>
public enum DataAnswer
{
    OpenDataTable,
    SpreadsheetCsv,
    JsonSchema,
    IatiActivities,
}

/// <summary>
/// Marks an action as an address programs read: the API description lists it (pages, which are for people, are
/// left out) and says what it answers.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DataAddressAttribute(DataAnswer answer, string summary) : Attribute, IApiDescriptionGroupNameProvider, IApiDescriptionVisibilityProvider
{
    public DataAnswer Answer { get; } = answer;

    public string Summary { get; } = summary;

    public string GroupName => OpenApiServices.DocumentName;

    public bool IgnoreApi => false;
}
