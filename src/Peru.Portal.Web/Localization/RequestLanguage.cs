using Microsoft.AspNetCore.Diagnostics;

namespace Peru.Portal.Web.Localization;

/// <summary>
/// The language of a request is the first segment of its address (/fr/…), looked up in the language table; an
/// error page re-executed for a French address is French. Controllers read it here and pass it on explicitly: no
/// repository, model or import reads the thread's culture.
/// </summary>
public static class RequestLanguage
{
    public static Language Language(this HttpContext context)
    {
        if (context.Features.Get<Language>() is { } known)
        {
            return known;
        }

        var table = context.RequestServices.GetRequiredService<LanguageTable>();
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Request.Path.Value;

        // The path is already decoded: PathString's implicit operator would decode it again, and "/%2500" would
        // become a NUL that throws.
        var language = table.Of(new PathString(path));
        context.Features.Set(language);
        return language;
    }
}
