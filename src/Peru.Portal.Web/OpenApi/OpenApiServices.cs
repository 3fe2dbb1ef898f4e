using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.OpenApi;

/// <summary>
/// An OpenAPI 3.1 description of every address programs read, generated from the code at <c>/openapi/v1.json</c>
/// (the library's default), served like the other data files: cached per content version, with validators.
/// </summary>
public static class OpenApiServices
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddPortalOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1;

            // Only the actions marked as data addresses: every page would otherwise be described as an "API".
            options.ShouldInclude = description => description.GroupName == DocumentName;
            options.AddOperationTransformer<DataOperationTransformer>();
            options.AddDocumentTransformer<PortalDocumentTransformer>();
        });
        return services;
    }

    public static WebApplication MapPortalOpenApi(this WebApplication app)
    {
        // HEAD is answered wherever GET is (the caching middleware renders a HEAD as its GET).
        app.MapOpenApi()
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .CacheOutput(HttpCaching.PagesPolicy);
        return app;
    }
}
