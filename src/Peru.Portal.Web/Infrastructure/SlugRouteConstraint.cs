using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>Route values that can only be slugs or fiscal years, so a hostile segment never reaches a controller.</summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string s && Slugs.IsValid(s);
}

public sealed class FiscalYearRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string s && FiscalYears.IsValid(s);
}
