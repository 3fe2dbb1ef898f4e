using System.Globalization;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Figures written the way Canada.ca writes them in the current language: "$9,200,000", "$28.27 million",
/// "2011–2012" in English; "9 200 000 $", "28,27 M$", "2011-2012" in French (narrow no-break spaces).
/// </summary>
public static class Formats
{
    // The spaces of the French typography rule applied to the content at import (see FrenchTypography), so a
    // figure the portal formats and one an editor typed look the same: .NET's fr-CA groups digits with U+00A0.
    private const char Space = Content.FrenchTypography.NarrowNoBreakSpace;

    private static readonly NumberFormatInfo FrenchNumbers = FrenchNumberFormat();

    private static bool French => Content.Languages.IsFrench;

    private static CultureInfo Culture => French ? Content.Languages.FrenchCulture : Content.Languages.EnglishCulture;

    public static string Number(decimal value) => French
        ? value.ToString("#,##0.##########", FrenchNumbers)
        : value.ToString("#,##0.##########", Culture);

    /// <summary>An amount of money; <paramref name="scale"/> is "million", "billion" or empty for whole dollars.</summary>
    public static string Money(decimal amount, string? currency = "CAD", string? scale = null)
    {
        if (French)
        {
            var code = currency is null or "CAD" or "USD" ? "$" : $"{Space}{currency}";
            return scale switch
            {
                "million" => $"{Number(amount)}{Space}M{code}",
                "billion" => $"{Number(amount)}{Space}G{code}",
                _ => $"{Number(amount)}{Space}{code}",
            };
        }

        var symbol = currency is null or "CAD" or "USD" ? "$" : "";
        var suffix = currency is not null and not "CAD" ? $" {currency}" : "";
        return scale switch
        {
            "million" or "billion" => $"{symbol}{Number(amount)} {scale}{suffix}",
            _ => $"{symbol}{Number(amount)}{suffix}",
        };
    }

    /// <summary>A figure with its unit: "16%", "104,000", "2.2 million people", "$4.2 billion", "2nd".</summary>
    public static string Figure(decimal value, string? unit, string? currency = null)
    {
        if (currency is not null)
        {
            return Money(value, currency, unit is "million" or "billion" ? unit : unit is "million dollars" ? "million" : null);
        }

        return unit switch
        {
            null or "" or "one" => Number(value),
            "percent" => French ? $"{Number(value)}{Space}%" : $"{Number(value)}%",
            "rank" => Ordinal(value),
            "million dollars" => Money(value, "CAD", "million"),
            _ => $"{Number(value)} {unit}",
        };
    }

    /// <summary>A figure with how exact it is: "more than 1,800", "some 2.2 million people".</summary>
    public static string Figure(decimal value, string? unit, string? currency, string? qualifier) =>
        qualifier is null ? Figure(value, unit, currency) : $"{Qualifier(qualifier)} {Figure(value, unit, currency)}";

    /// <summary>Qualifiers are codes in the content; they are written in the reader's language.</summary>
    public static string Qualifier(string qualifier) => !French ? qualifier : qualifier switch
    {
        "about" => "environ",
        "almost" => "près de",
        "at least" => "au moins",
        "more than" or "over" => "plus de",
        "slightly over" => "un peu plus de",
        "some" => "quelque",
        "up to" => "jusqu’à",
        _ => qualifier,
    };

    /// <summary>"November 15–16, 2024", "October 30 to November 2, 2024", or one day; two days in French are "les 15 et 16 novembre 2024".</summary>
    public static string DateRange(DateOnly from, DateOnly to) =>
        from == to ? LongDate(from)
        : French ? (from.Year == to.Year && from.Month == to.Month
            ? (to.DayNumber - from.DayNumber == 1 ? $"les {DayOfMonth(from)} et {LongDate(to)}" : $"du {DayOfMonth(from)} au {LongDate(to)}")
            : $"du {LongDate(from)} au {LongDate(to)}")
        : from.Year == to.Year && from.Month == to.Month ? $"{from.ToString("MMMM d", Culture)}–{to.Day}, {to.Year}"
        : from.Year == to.Year ? $"{from.ToString("MMMM d", Culture)} to {LongDate(to)}"
        : $"{LongDate(from)} to {LongDate(to)}";

    /// <summary>A fiscal year as readers see it, with an en dash: "2011–2012".</summary>
    public static string FiscalYear(string year) => French ? year : year.Replace('-', '–');

    /// <summary>"1944-10-21" → "October 21, 1944"; "2011-07" → "July 2011"; "2009" → "2009".</summary>
    public static string PartialDate(string date) => date.Length switch
    {
        10 when DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => LongDate(d),
        7 when DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => m.ToString("MMMM yyyy", Culture),
        _ => date,
    };

    /// <summary>Canada.ca shows "Date modified" as an ISO date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => French
        ? date.ToString(date.Day == 1 ? "1er MMMM yyyy" : "d MMMM yyyy", Culture)
        : date.ToString("MMMM d, yyyy", Culture);

    private static string DayOfMonth(DateOnly date) => date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);

    public static string Period(int startYear, int endYear) => startYear == endYear
        ? startYear.ToString(CultureInfo.InvariantCulture)
        : French ? $"{startYear}-{endYear}" : $"{startYear}–{endYear}";

    private static NumberFormatInfo FrenchNumberFormat()
    {
        var format = (NumberFormatInfo)Content.Languages.FrenchCulture.NumberFormat.Clone();
        format.NumberGroupSeparator = Space.ToString();
        return NumberFormatInfo.ReadOnly(format);
    }

    private static string Ordinal(decimal value)
    {
        var n = (int)value;
        if (French)
        {
            return n == 1 ? "1er" : $"{n}e";
        }

        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{n}{suffix}";
    }
}
