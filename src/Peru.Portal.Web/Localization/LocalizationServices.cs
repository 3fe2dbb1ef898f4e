using Microsoft.AspNetCore.Localization;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Localization;

public static class LocalizationServices
{
    public const string CookieName = ".Portal.Language";

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SupportedCultures = options.SupportedUICultures = [Languages.EnglishCulture, Languages.FrenchCulture];
            options.DefaultRequestCulture = new RequestCulture(Languages.EnglishCulture);

            // The address decides the language: /fr/... is French, everything else English. Nothing else may
            // change it, or the same address would answer in two languages.
            // An error page re-executed for a French address answers in French.
            options.RequestCultureProviders = [new CustomRequestCultureProvider(context =>
            {
                var path = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
                    ?? context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path
                    ?? context.Request.Path.Value;

                // The path is already decoded: converting it with PathString's implicit operator would decode
                // it again, and "/%2500" would become a NUL that throws.
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(LanguageOf(new PathString(path)) == Languages.French ? "fr-CA" : "en-CA"));
            })];
        });
        return services;
    }

    public static string LanguageOf(PathString path) =>
        path.StartsWithSegments("/fr", StringComparison.OrdinalIgnoreCase) ? Languages.French : Languages.English;

    /// <summary>The browser's preferred language among English and French, English by default.</summary>
    public static string BrowserLanguage(HttpRequest request)
    {
        var preferences = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var preference in preferences)
        {
            var tag = preference.Value.Value ?? "";
            if (tag.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
            {
                return Languages.French;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Languages.English;
            }
        }

        return Languages.English;
    }

    /// <summary>
    /// The reader's language is remembered in a cookie so that "/" can send a returning reader to the language
    /// they chose. It is written only when it would change where "/" sends them (the remembered language, else the
    /// browser's): a reader in their browser's language gets no cookie, so the page stays shareable by every cache.
    /// </summary>
    public static WebApplication UsePortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && (path.StartsWithSegments("/en") || path.StartsWithSegments("/fr")))
            {
                var language = LanguageOf(path);
                var remembered = context.Request.Cookies[CookieName];
                if ((remembered is Languages.English or Languages.French ? remembered : BrowserLanguage(context.Request)) != language)
                {
                    context.Response.OnStarting(() =>
                    {
                        if (context.Response.StatusCode == StatusCodes.Status200OK)
                        {
                            context.Response.Cookies.Append(CookieName, language, new CookieOptions
                            {
                                MaxAge = TimeSpan.FromDays(365),
                                SameSite = SameSiteMode.Lax,
                                HttpOnly = true,
                                IsEssential = true,
                            });

                            // A shared cache must not hand this reader's cookie to everyone else.
                            context.Response.Headers.CacheControl = "private, no-cache";
                        }

                        return Task.CompletedTask;
                    });
                }
            }

            await next(context);
        });
        return app;
    }
}
