using System.Globalization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.OpenData.Iati;

/// <summary>The words the IATI file writes that come from no content file, in every language (Resources/OpenData/Iati).</summary>
public sealed class IatiText
{
    /// <summary>
    /// One file holds every language, while a localizer answers in the current UI culture: each string is looked up
    /// with that culture set to its language for the time of the lookup.
    /// </summary>
    /// <summary>The funding organisation of every project, in <paramref name="language"/>.</summary>
    public static string Funder(Language language, IStringLocalizer<IatiText> text) => In(language, text, "Global Affairs Canada");

    private static string In(Language language, IStringLocalizer<IatiText> text, string name)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = language.CultureInfo;
            return text[name].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
