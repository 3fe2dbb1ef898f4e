using Peru.Portal.Web.Localization;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>
/// A project's money in words, the same on every page, in the feed and in open data: the new funding announced
/// with its period, and apart from it the project's total value, with a period only where the source states one.
/// </summary>
public sealed class FundingText
{
    /// <summary>The new funding announced at one event in one currency: its sum, and the words that say what it adds.</summary>
    public sealed record Total(string AnnouncedIn, DateOnly AnnouncedFrom, DateOnly AnnouncedTo, string Currency, int Count, decimal Sum, string Label, string Amount, string Text);

    public static string Amount(Language language, Project p) => Formats.Money(language, p.FundingAmount, p.FundingCurrency);

    public static string Period(Language language, Project p) => Formats.Period(language, p.FundingStartYear, p.FundingEndYear);

    public static bool IsIncrease(Project p) => p.FundingKind == FundingKinds.Increase;

    /// <summary>"$9,200,000 over five years (2024–2029)".</summary>
    public static string Funding(Language language, Project p, IStringLocalizer<FundingText> text) =>
        text["{0} over {1} ({2})", Amount(language, p), p.FundingDuration, Period(language, p)];

    /// <summary>The total value and its period as the source gives it, or null when the source gives no total value.</summary>
    public static string? TotalValue(Language language, Project p, IStringLocalizer<FundingText> text)
    {
        if (p.TotalValue is not { } total)
        {
            return null;
        }

        var money = Formats.Money(language, total, p.FundingCurrency);
        return p.TotalValueStartYear is { } start && p.TotalValueEndYear is { } end
            ? text["{0} ({1}; the source states the period as “{2}”)", money, Formats.Period(language, start, end), p.TotalValuePeriodAsStated ?? ""]
            : text["{0} (the source gives no period for the total value)", money];
    }

    /// <summary>
    /// What a reader must know beside the amount, or null when the amount says it all: that it adds to an
    /// existing project, the project's total value, and any note on the currency.
    /// </summary>
    public static string? Note(Language language, Project p, IStringLocalizer<FundingText> text)
    {
        var parts = new List<string>();
        if (IsIncrease(p))
        {
            parts.Add(text["Increase to an existing project"]);
        }

        if (TotalValue(language, p, text) is { } total)
        {
            parts.Add(text["total value of the project: {0}", total]);
        }

        if (p.FundingCurrencyNote is { } currency)
        {
            parts.Add(currency);
        }

        return parts.Count == 0 ? null : Capitalized(language, string.Join("; ", parts));
    }

    /// <summary>One sentence for a page's description and its structured data.</summary>
    public static string Sentence(Language language, Project p, IStringLocalizer<FundingText> text)
    {
        string sentence = IsIncrease(p)
            ? text["An increase of {0} over {1} ({2}) to an existing project, carried out by {3}.", Amount(language, p), p.FundingDuration, Period(language, p), p.Implementer]
            : text["{0} over {1} ({2}), carried out by {3}.", Amount(language, p), p.FundingDuration, Period(language, p), p.Implementer];
        return TotalValue(language, p, text) is { } total ? $"{sentence} {text["Total value of the project: {0}.", total]}" : sentence;
    }

    /// <summary>
    /// Totals add like with like: the new funding announced at one event, in one currency. A total value is
    /// never added in, since it holds money announced elsewhere or earlier.
    /// </summary>
    public static IReadOnlyList<Total> Totals(Language language, IEnumerable<Project> projects, IStringLocalizer<FundingText> text) =>
        projects
            .GroupBy(p => (p.AnnouncedIn, p.AnnouncedFrom, p.AnnouncedTo, p.FundingCurrency))
            .OrderBy(g => g.Key.AnnouncedFrom).ThenBy(g => g.Key.AnnouncedIn, StringComparer.Ordinal).ThenBy(g => g.Key.FundingCurrency, StringComparer.Ordinal)
            .Select(g =>
            {
                var sum = g.Sum(p => p.FundingAmount);
                string label = text["New funding announced in {0}, {1} ({2})", g.Key.AnnouncedIn, Formats.DateRange(language, g.Key.AnnouncedFrom, g.Key.AnnouncedTo), Count(g.Count(), text)];
                var amount = Formats.Money(language, sum, g.Key.FundingCurrency);
                return new Total(g.Key.AnnouncedIn, g.Key.AnnouncedFrom, g.Key.AnnouncedTo, g.Key.FundingCurrency, g.Count(), sum, label, amount, text["{0}: {1}", label, amount]);
            })
            .ToList();

    public static string Count(int n, IStringLocalizer<FundingText> text) =>
        n == 1 ? text["1 project"] : text["{0} projects", n.ToString(CultureInfo.InvariantCulture)];

    private static string Capitalized(Language language, string s) =>
        s.Length == 0 ? s : char.ToUpper(s[0], language.CultureInfo) + s[1..];
}
