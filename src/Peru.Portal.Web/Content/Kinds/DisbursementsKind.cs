using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary><c>disbursements.md</c>, beyond its prose: the amounts disbursed, by fiscal year and source.</summary>
internal static class DisbursementsKind
{
    public static void Read(CountryReader r, SourceFile file, FrontMatterReader fm, SectionPage page)
    {
        var (code, slug) = (r.Code, r.Slug);
        page.SourceKey = r.Reference(fm, file);
        var row = 0;
        r.Content.Disbursements.AddRange(fm.List("disbursements", d =>
        {
            var year = d.FiscalYear("fiscal_year");
            var source = d.Text("source");
            var amount = d.Number("amount");
            var unit = d.Text("unit");
            var currency = d.Text("currency");
            if (unit is not null and not ("million" or "one"))
            {
                d.Problem("unit", $"'unit' must be \"million\" or \"one\", not \"{unit}\"");
            }

            return year is null || source is null || amount is null || unit is null || currency is null
                ? null
                : new Disbursement { Language = code, CountrySlug = slug, FiscalYear = year, Source = source, Amount = amount.Value, Unit = unit, Currency = currency, Order = row++ };
        }));
    }

    public static string Search(SectionPage s, SearchContext context) =>
        SearchDocuments.Join(context.Content.Disbursements.Where(d => d.Language == s.Language && d.CountrySlug == s.CountrySlug)
            .Select(d => $"{Formats.FiscalYear(context.Language, d.FiscalYear)} {d.Source} {Formats.Money(context.Language, d.Amount, d.Currency, d.Unit)}"));

    public static IEnumerable<(string Key, IReadOnlyList<string> Values)> Figures(SectionPage s, LoadedContent content) =>
    [
        ("disbursements", content.Disbursements.Where(d => d.Language == s.Language && d.CountrySlug == s.CountrySlug).OrderBy(d => d.Order).Select(d => $"{d.FiscalYear} {Twins.N(d.Amount)} {d.Unit} {d.Currency}").ToList()),
    ];
}
