namespace Peru.Portal.Web.Infrastructure;

public static class WebServices
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services)
    {
        services.AddControllersWithViews();
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap["slug"] = typeof(SlugRouteConstraint);
            options.ConstraintMap["fiscalyear"] = typeof(FiscalYearRouteConstraint);
        });
        return services;
    }

    public static WebApplication UsePortalWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseMiddleware<AliasRedirectMiddleware>();
        app.UseRouting();
        app.MapControllers();
        return app;
    }
}
