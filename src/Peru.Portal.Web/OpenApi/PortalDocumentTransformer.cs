using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.OpenApi;

/// <summary>
/// The document's title and server, and <c>/healthz</c>: the health endpoint is mapped by the health checks library,
/// not by an action the description is generated from, so it is described here.
/// </summary>
internal sealed class PortalDocumentTransformer(IOptions<PortalOptions> options) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = $"{options.Value.Publisher} open data",
            Version = OpenApiServices.DocumentName,
            Description = "Every address a program can read: each country's open data tables (CSV and JSON) and IATI activity file, in every language, and the portal's health.",
        };
        document.Servers = [new OpenApiServer { Url = options.Value.BaseUrl.TrimEnd('/') }];
        document.Paths ??= [];
        document.Paths["/healthz"] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    Summary = "Whether the content on disk is the content served",
                    Responses = new OpenApiResponses
                    {
                        ["200"] = Text("Healthy, or Degraded followed by the content's problems, one a line (the last good content is served)"),
                        ["503"] = Text("Unhealthy: no content is loaded, or the store does not answer"),
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiResponse Text(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
    };
}
