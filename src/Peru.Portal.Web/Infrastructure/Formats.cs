using System.Globalization;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>Figures written the way Canada.ca writes them: "$9,200,000", "$28.27 million", "2011–2012".</summary>
public static class Formats
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-CA");

    public static string Number(decimal value) => value.ToString("#,##0.##########", English);

    /// <summary>An amount of money; <paramref name="scale"/> is "million", "billion" or empty for whole dollars.</summary>
    public static string Money(decimal amount, string? currency = "CAD", string? scale = null)
    {
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
            "percent" => $"{Number(value)}%",
            "rank" => Ordinal(value),
            "million dollars" => Money(value, "CAD", "million"),
            _ => $"{Number(value)} {unit}",
        };
    }

    /// <summary>A figure with how exact it is: "more than 1,800", "some 2.2 million people".</summary>
    public static string Figure(decimal value, string? unit, string? currency, string? qualifier) =>
        qualifier is null ? Figure(value, unit, currency) : $"{qualifier} {Figure(value, unit, currency)}";

    /// <summary>"November 15–16, 2024", "October 30 to November 2, 2024", or one day.</summary>
    public static string DateRange(DateOnly from, DateOnly to) =>
        from == to ? LongDate(from)
        : from.Year == to.Year && from.Month == to.Month ? $"{from.ToString("MMMM d", English)}–{to.Day}, {to.Year}"
        : from.Year == to.Year ? $"{from.ToString("MMMM d", English)} to {LongDate(to)}"
        : $"{LongDate(from)} to {LongDate(to)}";

    /// <summary>A fiscal year as readers see it, with an en dash: "2011–2012".</summary>
    public static string FiscalYear(string year) => year.Replace('-', '–');

    /// <summary>"1944-10-21" → "October 21, 1944"; "2011-07" → "July 2011"; "2009" → "2009".</summary>
    public static string PartialDate(string date) => date.Length switch
    {
        10 when DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d.ToString("MMMM d, yyyy", English),
        7 when DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => m.ToString("MMMM yyyy", English),
        _ => date,
    };

    /// <summary>Canada.ca shows "Date modified" as an ISO date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", English);

    public static string Period(int startYear, int endYear) => startYear == endYear
        ? startYear.ToString(CultureInfo.InvariantCulture)
        : $"{startYear}–{endYear}";

    private static string Ordinal(decimal value)
    {
        var n = (int)value;
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{n}{suffix}";
    }
}
