using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// HTTP requires HEAD wherever GET works (RFC 9110 9.3.2), and uptime monitors and link checkers send it.
/// MVC's [HttpGet] matches GET alone, so every GET action also answers HEAD; Kestrel then sends the headers a
/// GET would get (length, validators, caching) without the body. A convention, so no action can forget it.
/// </summary>
public sealed class HeadWhereGetConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            if (selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault() is not { } constraint
                || !constraint.HttpMethods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase)
                || constraint.HttpMethods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            string[] methods = [.. constraint.HttpMethods, HttpMethods.Head];
            selector.ActionConstraints.Remove(constraint);
            selector.ActionConstraints.Add(new HttpMethodActionConstraint(methods));
            for (var i = 0; i < selector.EndpointMetadata.Count; i++)
            {
                if (selector.EndpointMetadata[i] is HttpMethodMetadata metadata)
                {
                    selector.EndpointMetadata[i] = new HttpMethodMetadata(methods, metadata.AcceptCorsPreflight);
                }
            }
        }
    }
}

/// <summary>
/// Kestrel adds <c>Content-Length: 0</c> to a GET that wrote nothing (every redirect), but cannot know that a HEAD
/// would have written nothing either. The portal's redirects never carry a body, so a HEAD one says so too.
/// </summary>
public sealed class HeadRedirectLengthMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.StatusCode is >= 300 and < 400 && response.ContentLength is null && !response.Headers.ContainsKey("Transfer-Encoding"))
                {
                    response.ContentLength = 0;
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
