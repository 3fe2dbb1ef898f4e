using System.Text;
using System.Text.RegularExpressions;

namespace Peru.Portal.Web.Content;

/// <summary>
/// The spaces of Canadian French typography, applied at import so that editors type ordinary spaces and a
/// reader never sees "9,4" on one line and "%" on the next:
/// <list type="bullet">
/// <item>U+00A0 (no-break space) before <c>:</c>, after <c>«</c> and before <c>»</c>;</item>
/// <item>U+202F (narrow no-break space) before <c>;</c> <c>!</c> <c>?</c>, before <c>%</c> and <c>$</c>
/// (also <c>M$</c>, <c>G$</c>) after a number, between <c>$</c> and <c>US</c>, and between the digit groups of a
/// number ("9 200 000 $").</item>
/// </list>
/// Canadian usage (the Translation Bureau's writing guides) puts no space at all before <c>;</c> <c>!</c>
/// <c>?</c> in ordinary text, so a space is never added there: a space the editor typed becomes the narrow
/// no-break one. Before <c>:</c>, inside « », and between a number and <c>%</c> or <c>$</c>, a missing space is
/// added. Numbers are grouped when they are already written in groups, or are amounts or have 5 digits or
/// more: years ("2024", "2011-2012"), times ("9:00") and codes are left alone, as are addresses, e-mail
/// addresses and anything inside code. Applying the rule twice changes nothing.
/// </summary>
public static partial class FrenchTypography
{
    /// <summary>The name languages.json gives this rule (<c>"Typography": "french"</c>).</summary>
    public const string Rule = "french";

    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>The rule a language's text is set by: this one for a language that names it, none otherwise.</summary>
    public static Func<string, string>? For(Localization.Language language) => language.Typography == Rule ? Apply : null;

    /// <summary>The rule applied to plain text; addresses and e-mail addresses in it are kept as they are.</summary>
    public static string Apply(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var protectedRuns = Protected().Matches(text);
        if (protectedRuns.Count == 0)
        {
            return ApplyToRun(text);
        }

        var result = new StringBuilder(text.Length + 8);
        var start = 0;
        foreach (Match run in protectedRuns)
        {
            result.Append(ApplyToRun(text[start..run.Index])).Append(run.Value);
            start = run.Index + run.Length;
        }

        return result.Append(ApplyToRun(text[start..])).ToString();
    }

    private static string ApplyToRun(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        text = GroupedNumber().Replace(text, m => Regroup(m.Value));
        text = LongNumber().Replace(text, m => Group(m.Value));
        text = FourDigitAmount().Replace(text, m => Group(m.Groups["n"].Value) + m.Groups["rest"].Value);
        text = BeforeCurrencyOrPercent().Replace(text, NarrowNoBreakSpace.ToString());
        text = CurrencyCountry().Replace(text, NarrowNoBreakSpace.ToString());
        text = BeforeTallPunctuation().Replace(text, NarrowNoBreakSpace.ToString());
        text = SpaceBeforeColon().Replace(text, NoBreakSpace.ToString());
        text = NoSpaceBeforeColon().Replace(text, NoBreakSpace + ":");
        text = AfterOpeningGuillemet().Replace(text, "«" + NoBreakSpace);
        text = BeforeClosingGuillemet().Replace(text, NoBreakSpace + "»");
        return text;
    }

    private static string Regroup(string number) =>
        string.Concat(number.Select(c => c is ' ' or NoBreakSpace or NarrowNoBreakSpace ? NarrowNoBreakSpace : c));

    private static string Group(string digits)
    {
        var result = new StringBuilder(digits.Length + (digits.Length / 3));
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                result.Append(NarrowNoBreakSpace);
            }

            result.Append(digits[i]);
        }

        return result.ToString();
    }

    // Addresses (with a scheme or www.) and e-mail addresses, up to the next space.
    [GeneratedRegex(@"(?:\b[A-Za-z][A-Za-z0-9+.-]*://|\bmailto:|\bwww\.)\S+|[^\s@<>()«»]+@[^\s@<>()«»]+\.[A-Za-z]{2,}")]
    private static partial Regex Protected();

    // "9 200 000", "9 200 000": a number of one to three digits followed by groups of three.
    [GeneratedRegex(@"(?<![\d.,\-/\p{L}])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d\-/\p{L}])")]
    private static partial Regex GroupedNumber();

    // "12500", "9200000": whole numbers of 5 digits or more, not part of a code, a decimal or a date.
    [GeneratedRegex(@"(?<![\d.,\-/\p{L}])\d{5,}(?![\d\-/\p{L}]|[.,]\d)")]
    private static partial Regex LongNumber();

    // "1500 $": a 4-digit amount is grouped too, as the portal's own figures are.
    [GeneratedRegex(@"(?<![\d.,\-/\p{L}])(?<n>\d{4})(?<rest>[ \u00A0\u202F]?(?:[MG]\$|\$))")]
    private static partial Regex FourDigitAmount();

    // The space, typed or missing, between a number and "%", "$", "M$" or "G$".
    [GeneratedRegex(@"(?<=\d)[ \u00A0\u202F]*(?=%|[MG]?\$)")]
    private static partial Regex BeforeCurrencyOrPercent();

    // "1,25 $ US": the country stays with its dollar sign.
    [GeneratedRegex(@"(?<=\$)[ \u00A0\u202F]+(?=(?:US|CA)\b)")]
    private static partial Regex CurrencyCountry();

    [GeneratedRegex(@"(?:(?<=\S)|^)[ \u00A0\u202F]+(?=[;!?])")]
    private static partial Regex BeforeTallPunctuation();

    [GeneratedRegex(@"(?:(?<=\S)|^)[ \u00A0\u202F]+(?=:)")]
    private static partial Regex SpaceBeforeColon();

    // "Objectif: texte" lacks its space; "9:00" and "2:1" do not, having no space after the colon.
    [GeneratedRegex(@"(?<=[\p{L})»’'""]):(?=\s|$)")]
    private static partial Regex NoSpaceBeforeColon();

    [GeneratedRegex(@"«[ \u00A0\u202F]*")]
    private static partial Regex AfterOpeningGuillemet();

    [GeneratedRegex(@"[ \u00A0\u202F]*»")]
    private static partial Regex BeforeClosingGuillemet();
}
