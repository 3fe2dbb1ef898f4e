using System.Globalization;
using System.Text.RegularExpressions;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>A project's money as its file states it: the new funding announced, and the total value where the source gives one.</summary>
internal sealed record ProjectMoney(
    decimal Amount,
    string Currency,
    string? CurrencyNote,
    string Duration,
    int StartYear,
    int EndYear,
    string Kind,
    decimal? TotalValue,
    int? TotalValueStartYear,
    int? TotalValueEndYear,
    string? TotalValuePeriodAsStated);

/// <summary>
/// Reads a project's <c>funding:</c> and <c>total_value:</c>. An announcement can add money to a project that
/// already had some, so the money announced and the project's total value are two figures with two periods;
/// mixing them once put money that was never announced into a total. A period on the total value must be
/// quoted from the source (<c>period_as_stated</c>), so one cannot be made up in silence.
/// </summary>
internal static partial class ProjectFunding
{
    public const string HomeCurrency = "CAD";

    private static readonly string[] RetiredKeys = ["amount", "currency", "amount_note", "duration", "start_year", "end_year"];

    public static ProjectMoney Read(FrontMatterReader fm)
    {
        var retired = RetiredKeys.Select(k => (Key: k, Line: fm.LineIfPresent(k))).Where(k => k.Line is not null).ToList();
        foreach (var (key, line) in retired)
        {
            fm.Problem(line!.Value, key == "amount_note"
                ? "'amount_note' is an old project key: money added to an existing project is 'kind: increase' under 'funding:', and the project's total value goes under 'total_value:' (see docs/content-guide.md)"
                : $"'{key}' is an old project key: the new funding announced goes under 'funding:' (amount, currency, duration, start_year, end_year), and a total value the source gives under 'total_value:' (see docs/content-guide.md)");
        }

        // With old keys, their messages already say what to write; "missing 'funding'" would only repeat it.
        var funding = fm.Mapping("funding", required: retired.Count == 0);
        var total = fm.Mapping("total_value", required: false);
        if (funding is null)
        {
            total?.ReportUnknownKeys("'total_value'");
            return new(0, "", null, "", 0, 0, FundingKinds.New, null, null, null, null);
        }

        var amount = Positive(funding, "amount");
        var currency = Currency(funding);
        var note = funding.Text("currency_note", required: false);
        if (currency is not null && currency != HomeCurrency && note is null)
        {
            funding.Problem("currency", $"currency {currency} is not {HomeCurrency}: add a 'currency_note' saying where the source gives this currency");
        }

        var duration = funding.Text("duration");
        var (start, end) = Period(funding, required: true);
        var kind = funding.Text("kind", required: false) ?? FundingKinds.New;
        if (!FundingKinds.All.Contains(kind))
        {
            funding.Problem("kind", $"'kind' must be one of {string.Join(", ", FundingKinds.All)}, not \"{kind}\"");
            kind = FundingKinds.New;
        }

        funding.ReportUnknownKeys("'funding'");

        decimal? totalValue = null;
        int? totalStart = null, totalEnd = null;
        string? asStated = null;
        if (total is not null)
        {
            totalValue = Positive(total, "amount");
            var totalCurrency = Currency(total);
            if (totalCurrency is not null && currency is not null && totalCurrency != currency)
            {
                total.Problem("currency", $"'total_value' is in {totalCurrency} and 'funding' in {currency}: give the total value in the funding's currency");
            }

            (totalStart, totalEnd) = Period(total, required: false);
            asStated = total.Text("period_as_stated", required: false);
            CheckTotalPeriod(total, totalStart, totalEnd, asStated);
            if (totalValue is { } t && amount is { } a)
            {
                if (t < a)
                {
                    total.Problem("amount", $"total value {N(t)} is below the new funding announced ({N(a)}): a project's total value includes its new funding");
                }
                else if (t == a && kind == FundingKinds.Increase)
                {
                    total.Problem("amount", $"total value {N(t)} equals the funding, but 'kind: increase' adds to money the project already had: its total value is above the increase");
                }
            }

            total.ReportUnknownKeys("'total_value'");
        }

        return new(amount ?? 0, currency ?? "", note, duration ?? "", start ?? 0, end ?? 0, kind, totalValue, totalStart, totalEnd, asStated);
    }

    private static void CheckTotalPeriod(FrontMatterReader total, int? start, int? end, string? asStated)
    {
        if ((start is null) != (end is null))
        {
            total.Problem(start is null ? "end_year" : "start_year", "'total_value' needs both 'start_year' and 'end_year', or neither when the source gives no period for the total value");
        }
        else if (start is { } s && end is { } e)
        {
            if (asStated is null)
            {
                total.Problem("start_year", "a period on 'total_value' needs 'period_as_stated', the source's own words for it (for example \"over five years (2020-25)\"); when the source gives no period for the total value, leave 'start_year' and 'end_year' out");
            }
            else if (!Shows(asStated, s, e))
            {
                total.Problem("period_as_stated", $"'period_as_stated' \"{asStated}\" does not show the years {s} and {e}: the period must be the one the source states");
            }
        }
        else if (asStated is not null)
        {
            total.Problem("period_as_stated", "'period_as_stated' needs the period's 'start_year' and 'end_year' beside it");
        }
    }

    private static (int? Start, int? End) Period(FrontMatterReader map, bool required)
    {
        var start = map.WholeNumber("start_year", required);
        var end = map.WholeNumber("end_year", required);
        if (start > end)
        {
            map.Problem("end_year", $"end_year {end} comes before start_year {start}");
        }

        return (start, end);
    }

    private static decimal? Positive(FrontMatterReader map, string key)
    {
        var value = map.Number(key);
        if (value <= 0)
        {
            map.Problem(key, $"'{key}' must be more than zero, not {N(value.Value)}");
            return null;
        }

        return value;
    }

    private static string? Currency(FrontMatterReader map)
    {
        var currency = map.Text("currency");
        if (currency is not null && !CurrencyCode().IsMatch(currency))
        {
            map.Problem("currency", $"'currency' must be a three-letter currency code such as {HomeCurrency}, not \"{currency}\"");
            return null;
        }

        return currency;
    }

    /// <summary>The source's words show a period when they hold its first year and its last, in full or as two digits ("2024-26").</summary>
    private static bool Shows(string words, int start, int end) =>
        words.Contains(start.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        && (words.Contains(end.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || Regex.IsMatch(words, $@"{start}\s*[-–‑]\s*{end % 100:D2}\b", RegexOptions.None, TimeSpan.FromSeconds(1)));

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
