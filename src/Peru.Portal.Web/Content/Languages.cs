using System.Globalization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Canada's two official languages. The current one is the thread's UI culture, set per request from the
/// address (/en or /fr), so addresses, formats and interface text all follow it without being passed around.
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string French = "fr";

    public static readonly IReadOnlyList<string> All = [English, French];

    public static CultureInfo EnglishCulture { get; } = CultureInfo.GetCultureInfo("en-CA");

    public static CultureInfo FrenchCulture { get; } = CultureInfo.GetCultureInfo("fr-CA");

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == French ? French : English;

    public static bool IsFrench => Current == French;

    public static string Other(string language) => language == French ? English : French;

    public static CultureInfo Culture(string language) => language == French ? FrenchCulture : EnglishCulture;

    /// <summary>Makes <paramref name="language"/> current until disposed: for work outside a request (import, export).</summary>
    public static IDisposable Use(string language)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Culture(language);
        return new Restore(() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
