using Peru.Portal.Web.Localization;
using Peru.Portal.Web.OpenData;

namespace Peru.Portal.Web.Infrastructure;

public static class WebServices
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration, LanguageTable languages)
    {
        services.AddControllersWithViews(mvc =>
        {
            mvc.Conventions.Add(new PageAddressConvention(languages));
            mvc.Conventions.Add(new HeadWhereGetConvention());
            mvc.Filters.Add<PageAlternatesFilter>();
        }).AddViewLocalization();

        // AddViewLocalization also looks for a view per culture (Index.fr.cshtml): the portal has none, its views take
        // their words from resources. Each culture then had view lookups and page factories of its own (about 240
        // compiled instead of about 80 in an export), for the same views.
        services.PostConfigure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(options =>
        {
            foreach (var expander in options.ViewLocationExpanders.OfType<Microsoft.AspNetCore.Mvc.Razor.LanguageViewLocationExpander>().ToList())
            {
                options.ViewLocationExpanders.Remove(expander);
            }
        });
        services.AddPortalCaching(configuration);
        services.AddPortalMemoryTrim(configuration);
        services.AddPortalPreview(configuration);
        services.AddOpenData();
        services.Configure<Models.AchievementListOptions>(configuration.GetSection(Models.AchievementListOptions.Section));
        services.Configure<Models.ThemeListOptions>(configuration.GetSection(Models.ThemeListOptions.Section));

        // Pages are UTF-8: Razor may write "2011–2012" and "Awajún" as they are instead of as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
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

        app.UsePortalSecurityHeaders();
        app.UsePortalPreview();
        app.UseMiddleware<HeadRedirectLengthMiddleware>();
        app.UseMiddleware<CanonicalAddressMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UsePortalLocalization();
        app.UseMiddleware<AliasRedirectMiddleware>();
        app.UseMiddleware<Share.ShareImageMiddleware>();
        app.UseRouting();
        app.UseMiddleware<QueryNormalizationMiddleware>();
        app.UseRateLimiter();
        app.UsePortalCaching();

        // After compression, so stylesheets go out compressed too; no endpoint matches a file, so routing passes them by.
        app.UseStaticFiles(HttpCaching.StaticFiles());
        app.MapControllers().CacheOutput(HttpCaching.PagesPolicy);
        return app;
    }
}
