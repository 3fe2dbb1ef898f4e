using System.Globalization;
using System.Text.RegularExpressions;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Figures written the way each language writes them, from the language table: "$9,200,000", "$28.27 million",
/// "2011–2012" in English; "9 200 000 $", "28,27 M$", "2011-2012" in French; "9,200,000 dólares canadienses" in
/// Spanish, where a bare "$" would be read as US dollars.
/// </summary>
public static partial class Formats
{
    public static string Number(Language language, decimal value) => value.ToString("#,##0.##########", language.NumberFormat);

    /// <summary>An amount of money; <paramref name="scale"/> is "million", "billion" or empty for whole dollars.</summary>
    public static string Money(Language language, decimal amount, string? currency = "CAD", string? scale = null)
    {
        var formats = language.Formats;
        var number = Number(language, amount);
        if (currency is not null and not "CAD")
        {
            var scaled = scale is "million" or "billion" ? $"{number} {scale}" : number;
            return string.Format(language.CultureInfo, formats.MoneyForeign, scaled, currency);
        }

        var pattern = scale switch
        {
            "million" => formats.MoneyMillion,
            "billion" => formats.MoneyBillion,
            _ => formats.Money,
        };
        return string.Format(language.CultureInfo, pattern, number);
    }

    /// <summary>A figure with its unit: "16%", "104,000", "2.2 million people", "$4.2 billion", "2nd".</summary>
    public static string Figure(Language language, decimal value, string? unit, string? currency = null)
    {
        if (currency is not null)
        {
            return Money(language, value, currency, unit is "million" or "billion" ? unit : unit is "million dollars" ? "million" : null);
        }

        return unit switch
        {
            null or "" or "one" => Number(language, value),
            "percent" => string.Format(language.CultureInfo, language.Formats.Percent, Number(language, value)),
            "rank" => Ordinal(language, (int)value),
            "million dollars" => Money(language, value, "CAD", "million"),
            _ => $"{Number(language, value)} {unit}",
        };
    }

    /// <summary>A figure with how exact it is: "more than 1,800", "some 2.2 million people".</summary>
    public static string Figure(Language language, decimal value, string? unit, string? currency, string? qualifier) =>
        qualifier is null ? Figure(language, value, unit, currency) : $"{Qualifier(language, qualifier)} {Figure(language, value, unit, currency)}";

    /// <summary>Qualifiers are codes in the content; they are written in the reader's language.</summary>
    public static string Qualifier(Language language, string qualifier) =>
        language.Formats.Qualifiers.TryGetValue(qualifier, out var words) ? words : qualifier;

    /// <summary>"November 15–16, 2024", "les 15 et 16 novembre 2024", "October 30 to November 2, 2024", or one day.</summary>
    public static string DateRange(Language language, DateOnly from, DateOnly to)
    {
        var formats = language.Formats;
        var pattern = from == to ? "{from:long}"
            : from.Year == to.Year && from.Month == to.Month ? (to.DayNumber - from.DayNumber == 1 ? formats.TwoDays : formats.SameMonth)
            : from.Year == to.Year ? formats.SameYear
            : formats.Range;
        return DatePart().Replace(pattern, m =>
        {
            var date = m.Groups["which"].Value == "from" ? from : to;
            var format = m.Groups["format"].Value;
            return format == "long" ? LongDate(language, date) : date.ToString(format, language.CultureInfo);
        });
    }

    /// <summary>A fiscal year as readers see it: "2011–2012" in English, "2011-2012" in French.</summary>
    public static string FiscalYear(Language language, string year) => year.Replace("-", language.Formats.YearSeparator, StringComparison.Ordinal);

    /// <summary>"1944-10-21" → "October 21, 1944"; "2011-07" → "July 2011"; "2009" → "2009".</summary>
    public static string PartialDate(Language language, string date) => date.Length switch
    {
        10 when DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => LongDate(language, d),
        7 when DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => m.ToString(language.Formats.MonthYear, language.CultureInfo),
        _ => date,
    };

    /// <summary>Canada.ca shows "Date modified" as an ISO date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(Language language, DateOnly date) =>
        date.ToString(date.Day == 1 ? language.Formats.FirstOfMonth : language.Formats.LongDate, language.CultureInfo);

    public static string Period(Language language, int startYear, int endYear) => startYear == endYear
        ? startYear.ToString(CultureInfo.InvariantCulture)
        : $"{startYear}{language.Formats.YearSeparator}{endYear}";

    private static string Ordinal(Language language, int n)
    {
        var ordinals = language.Formats.Ordinals;
        var key = n.ToString(CultureInfo.InvariantCulture);
        var byDigit = language.Formats.OrdinalsByLastDigit && (n % 100) is not (11 or 12 or 13) ? (n % 10).ToString(CultureInfo.InvariantCulture) : key;
        var pattern = ordinals.GetValueOrDefault(key) ?? ordinals.GetValueOrDefault(byDigit) ?? ordinals.GetValueOrDefault("*") ?? "{0}";
        return string.Format(CultureInfo.InvariantCulture, pattern, n);
    }

    [GeneratedRegex(@"\{(?<which>from|to):(?<format>[^}]+)\}")]
    private static partial Regex DatePart();
}
