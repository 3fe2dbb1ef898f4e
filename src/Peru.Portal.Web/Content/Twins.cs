using System.Globalization;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Every item exists in every language of the table, with the same figures: each language is checked against
/// the default one. A missing twin or a figure that differs between twins is reported at the file and line an
/// editor must fix.
/// </summary>
internal static class Twins
{
    public static void Check(ContentLoader.CountryReader english, ContentLoader.CountryReader french, LoadedContent content, List<ContentProblem> problems)
    {
        var (languages, one, other) = (content.Languages, english.Language, french.Language);
        string TwinName(string path) => path[..^one.FileSuffix(languages).Length] + other.FileSuffix(languages);
        string DefaultName(string path) => path[..^other.FileSuffix(languages).Length] + one.FileSuffix(languages);
        if (english.Items.Count == 0)
        {
            return;
        }

        foreach (var (id, item) in english.Items.Where(i => !french.Items.ContainsKey(i.Key)))
        {
            var (file, _) = english.OriginOf(item)!.Value;
            if (french.FilePaths.Contains(TwinName(file.RelativePath)))
            {
                continue;
            }

            problems.Add(new(file.RelativePath, 1, $"this {id.Kind} has no {other.EnglishName} twin: add {TwinName(file.RelativePath)}"));
        }

        foreach (var (id, item) in french.Items.Where(i => !english.Items.ContainsKey(i.Key)))
        {
            var (file, _) = french.OriginOf(item)!.Value;
            if (english.FilePaths.Contains(DefaultName(file.RelativePath)))
            {
                continue;
            }

            problems.Add(new(file.RelativePath, 1, $"this {id.Kind} has no {one.EnglishName} twin: add {DefaultName(file.RelativePath)}"));
        }

        foreach (var (id, item) in english.Items.Where(i => french.Items.ContainsKey(i.Key)))
        {
            var twin = french.Items[id];
            var (file, fm) = french.OriginOf(twin)!.Value;
            var (englishOrigin, englishFm) = english.OriginOf(item)!.Value;
            var englishFile = englishOrigin.RelativePath;
            foreach (var (key, mine, theirs) in Figures(item, content).Zip(Figures(twin, content), (a, b) => (a.Key, a.Values, b.Values)))
            {
                // A figure already reported as unreadable in either twin would only be compared as zero.
                var unreadable = problems.Any(p => (p.Path == englishFile && p.Line == englishFm.LineOfKey(key)) || (p.Path == file.RelativePath && p.Line == fm.LineOfKey(key)));
                if (!unreadable && !mine.SequenceEqual(theirs))
                {
                    problems.Add(new(file.RelativePath, fm.LineOfKey(key),
                        $"'{key}' differs from the {one.EnglishName} twin {englishFile}: {string.Join(", ", theirs)} here, {string.Join(", ", mine)} there"));
                }
            }
        }
    }


    /// <summary>The figures of an item, by the key an editor sees them under, in the order they appear.</summary>
    private static IEnumerable<(string Key, IReadOnlyList<string> Values)> Figures(object item, LoadedContent content) => item switch
    {
        SectionPage { Kind: "relations" } s => [
            ("trade_figures", content.TradeFigures.Where(t => t.Language == s.Language && t.CountrySlug == s.CountrySlug).OrderBy(t => t.Order).Select(t => $"{N(t.Value)} {YearDigits(t.Year)}".Trim()).ToList()),
            ("timeline", content.Timeline.Where(t => t.Language == s.Language && t.CountrySlug == s.CountrySlug).OrderBy(t => t.Order).Select(t => t.Date).ToList())],
        SectionPage { Kind: "disbursements" } s => [
            ("disbursements", content.Disbursements.Where(d => d.Language == s.Language && d.CountrySlug == s.CountrySlug).OrderBy(d => d.Order).Select(d => $"{d.FiscalYear} {N(d.Amount)} {d.Unit} {d.Currency}").ToList())],
        Country c => [("key_figures", c.KeyFigures.Select(k => $"{N(k.Value)} {YearDigits(k.Year)}".Trim()).ToList()), ("sources", c.Sources.Select(s => s.Key).ToList())],
        Achievement a => [("figures", a.Figures.Select(f => N(f.Value)).ToList()), ("fiscal_year", [a.FiscalYear]), ("results_period", [a.ResultsPeriod ?? ""])],
        Project p => [
            ("funding.amount", [N(p.FundingAmount), p.FundingCurrency]), ("funding.start_year", [N(p.FundingStartYear)]), ("funding.end_year", [N(p.FundingEndYear)]), ("funding.kind", [p.FundingKind]),
            ("total_value.amount", [p.TotalValue is { } t ? N(t) : ""]), ("total_value.start_year", [p.TotalValueStartYear is { } s ? N(s) : ""]), ("total_value.end_year", [p.TotalValueEndYear is { } e ? N(e) : ""]),
            ("beneficiaries", p.Beneficiaries.Select(b => N(b.Value)).ToList()), ("regional", [p.Regional ? "true" : "false"])],
        Recommendation r => [("number", [N(r.Number)]), ("target_dates", r.TargetDates.Select(t => t.Date).ToList())],
        Theme t => [("order", [N(t.Order)]), ("anticipated_results", [N(t.AnticipatedResults.Count)])],
        SectionPage s => [("period_from", [s.PeriodFrom ?? ""]), ("period_to", [s.PeriodTo ?? ""])],
        _ => [],
    };

    /// <summary>A year written in words ("not stated", "non précisée") differs by language; its digits may not.</summary>
    private static string YearDigits(string year) => string.Concat(year.Where(c => char.IsAsciiDigit(c) || c == '-'));

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
