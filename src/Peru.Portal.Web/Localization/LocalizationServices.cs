using Microsoft.AspNetCore.Localization;

namespace Peru.Portal.Web.Localization;

public static class LocalizationServices
{
    public const string CookieName = ".Portal.Language";

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services, LanguageTable table)
    {
        services.AddSingleton(table);
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SupportedCultures = options.SupportedUICultures = [.. table.All.Select(l => l.CultureInfo)];
            options.DefaultRequestCulture = new RequestCulture(table.Default.CultureInfo);

            // The address decides the language: /fr/... is French, everything else the default. Nothing else may
            // change it, or the same address would answer in two languages.
            options.RequestCultureProviders = [new CustomRequestCultureProvider(context =>
                Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(context.Language().Culture)))];
        });
        return services;
    }

    /// <summary>The browser's preferred language among the table's, the default one otherwise.</summary>
    public static Language BrowserLanguage(HttpRequest request, LanguageTable table)
    {
        var preferences = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var preference in preferences)
        {
            var tag = preference.Value.Value ?? "";
            var primary = tag.Split('-')[0];
            if (table.Find(primary) is { } language)
            {
                return language;
            }
        }

        return table.Default;
    }

    /// <summary>
    /// Whether the Cookie header certainly names <paramref name="language"/> as the remembered one, read in place:
    /// <c>Request.Cookies</c> builds a dictionary of every cookie, which a page answered from memory would pay for on
    /// each request. False when unsure (the cookie named twice, quoted, another language…): then ask
    /// <see cref="PreferredLanguage"/>.
    /// </summary>
    public static bool CookieNames(HttpRequest request, Language language)
    {
        var header = request.Headers.Cookie;
        if (header.Count != 1 || header[0] is not { } cookies)
        {
            return false;
        }

        var span = cookies.AsSpan();
        var at = span.IndexOf(CookiePrefix, StringComparison.Ordinal);
        if (at < 0 || !span[..at].TrimEnd(' ').IsEmpty && span[..at].TrimEnd(' ')[^1] != ';')
        {
            return false;
        }

        var rest = span[(at + CookiePrefix.Length)..];
        if (rest.IndexOf(CookiePrefix, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var end = rest.IndexOf(';');
        return (end < 0 ? rest : rest[..end]).TrimEnd(' ').Equals(language.Code, StringComparison.OrdinalIgnoreCase);
    }

    private const string CookiePrefix = CookieName + "=";

    /// <summary>The language <c>/</c> sends a reader to: the one they last read in, else their browser's.</summary>
    public static Language PreferredLanguage(HttpRequest request, LanguageTable table) =>
        table.Find(request.Cookies[CookieName]) ?? BrowserLanguage(request, table);

    /// <summary>
    /// The reader's language is remembered in a cookie so that "/" can send a returning reader to the language
    /// they chose. It is written only when it would change where "/" sends them (the remembered language, else the
    /// browser's): a reader in their browser's language gets no cookie, so the page stays shareable by every cache.
    /// </summary>
    public static WebApplication UsePortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        var table = app.Services.GetRequiredService<LanguageTable>();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && table.HomeOf(path) is { } language
                && PreferredLanguage(context.Request, table) != language)
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                    {
                        context.Response.Cookies.Append(CookieName, language.Code, new CookieOptions
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

            await next(context);
        });
        return app;
    }
}
