using System.Globalization;
using System.Text.Json.Serialization;

namespace Peru.Portal.Web.Localization;

/// <summary>
/// One of the portal's languages, as <c>languages.json</c> (or configuration) declares it: everything that varies
/// by language lives here as data, so no code branches on a language code.
/// </summary>
public sealed class Language
{
    public string Code { get; set; } = "";

    /// <summary>The culture numbers, dates and interface text follow, e.g. <c>fr-CA</c>, <c>es-PE</c>.</summary>
    public string Culture { get; set; } = "";

    /// <summary>The language's own name, as the toggle shows it: English, Français, Español.</summary>
    public string Name { get; set; } = "";

    /// <summary>The language's name in English, for the validator's messages ("this theme has no French twin").</summary>
    public string EnglishName { get; set; } = "";

    /// <summary>An official language of Canada: offered first, and the portal's parity rules are written for these.</summary>
    public bool Official { get; set; }

    /// <summary>The typographic rule applied at import to this language's text, if any (e.g. <c>french</c>).</summary>
    public string? Typography { get; set; }

    /// <summary>Address words by key (<c>achievements</c> → <c>realisations</c>): part of the public contract.</summary>
    public Dictionary<string, string> Words { get; set; } = new(StringComparer.Ordinal);

    public LanguageFormats Formats { get; set; } = new();

    /// <summary>Names of open data files, columns and keys by their English name; a name not listed is the English one.</summary>
    public Dictionary<string, string> DataNames { get; set; } = new(StringComparer.Ordinal);

    [JsonIgnore]
    public CultureInfo CultureInfo => CultureInfo.GetCultureInfo(Culture);

    /// <summary>The culture's numbers, with the table's digit-group separator where it gives one.</summary>
    [JsonIgnore]
    public NumberFormatInfo NumberFormat => _numbers ??= Numbers();

    /// <summary>Open Graph's form of the culture: <c>fr_CA</c>.</summary>
    [JsonIgnore]
    public string OpenGraphLocale => Culture.Replace('-', '_');

    /// <summary>The suffix of this language's content files (<c>.fr.md</c>); the default language has none.</summary>
    public string FileSuffix(LanguageTable table) => table.Default == this ? ".md" : $".{Code}.md";

    public string Word(string key) => Words.TryGetValue(key, out var word)
        ? word
        : throw new InvalidOperationException($"languages.json: language '{Code}' has no address word '{key}'");

    public override string ToString() => Code;

    private NumberFormatInfo? _numbers;

    private NumberFormatInfo Numbers()
    {
        var format = (NumberFormatInfo)CultureInfo.NumberFormat.Clone();
        if (Formats.GroupSeparator is { } separator)
        {
            format.NumberGroupSeparator = separator;
        }

        return NumberFormatInfo.ReadOnly(format);
    }
}

/// <summary>How a language writes figures and dates; each is a .NET format with <c>{0}</c> for the number.</summary>
public sealed class LanguageFormats
{
    /// <summary>An amount in Canadian dollars: "${0}", "{0} $", "{0} dólares canadienses".</summary>
    public string Money { get; set; } = "${0}";

    /// <summary>An amount in another currency, <c>{1}</c> being its code.</summary>
    public string MoneyForeign { get; set; } = "{0} {1}";

    public string MoneyMillion { get; set; } = "${0} million";

    public string MoneyBillion { get; set; } = "${0} billion";

    public string Percent { get; set; } = "{0}%";

    /// <summary>Between digit groups, where the language's typography differs from its culture's (French: U+202F).</summary>
    public string? GroupSeparator { get; set; }

    /// <summary>Between a label and its value in running text: ": ", or with French typography a no-break space before the colon.</summary>
    public string LabelSeparator { get; set; } = ": ";

    /// <summary>The title search gives a fiscal year's page, written at import where no interface text is at hand.</summary>
    public string AchievementsInYear { get; set; } = "{0}";

    /// <summary>The static export's redirect page for an old address, written where no interface text is at hand.</summary>
    public string MovedTitle { get; set; } = "This page has moved";

    /// <summary>How the content of this language says a source has no date: such a source is cited with it in brackets.</summary>
    public string Undated { get; set; } = "not dated";

    public string MovedText { get; set; } = "This page is now at";

    /// <summary>Ordinals by number (or, with <see cref="OrdinalsByLastDigit"/>, by last digit), "*" for the rest.</summary>
    public Dictionary<string, string> Ordinals { get; set; } = new(StringComparer.Ordinal) { ["*"] = "{0}" };

    public bool OrdinalsByLastDigit { get; set; }

    public string LongDate { get; set; } = "yyyy-MM-dd";

    /// <summary>The long date of a month's first day, where the language writes it apart ("1er novembre").</summary>
    public string FirstOfMonth { get; set; } = "yyyy-MM-dd";

    public string MonthYear { get; set; } = "yyyy-MM";

    /// <summary>Date ranges: <c>{from:FORMAT}</c>, <c>{to:FORMAT}</c>, and <c>long</c> for the long date.</summary>
    public string TwoDays { get; set; } = "{from:long} – {to:long}";

    public string SameMonth { get; set; } = "{from:long} – {to:long}";

    public string SameYear { get; set; } = "{from:long} – {to:long}";

    public string Range { get; set; } = "{from:long} – {to:long}";

    /// <summary>Between the years of a fiscal year or a period: an en dash in English, a hyphen in French.</summary>
    public string YearSeparator { get; set; } = "-";

    /// <summary>How exact a figure is ("more than", "some"), by the code the content uses; a missing one is written as the code.</summary>
    public Dictionary<string, string> Qualifiers { get; set; } = new(StringComparer.Ordinal);
}
