using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary><c>relations.md</c>, beyond its prose: the trade and investment figures and the dated timeline.</summary>
internal static class RelationsKind
{
    public static void Read(CountryReader r, SourceFile file, FrontMatterReader fm, SectionPage page)
    {
        var (code, slug) = (r.Code, r.Slug);
        var order = 0;
        r.Content.TradeFigures.AddRange(fm.List("trade_figures", t =>
        {
            var label = t.Text("label");
            var value = t.Number("value");
            var unit = t.Text("unit");
            var currency = t.Text("currency", required: false);
            var qualifier = CountryReader.Qualifier(t);
            var year = t.Text("year");
            var reference = r.Reference(t, file);
            return label is null || value is null || unit is null || year is null || reference is null
                ? null
                : new TradeFigure { Language = code, CountrySlug = slug, Label = label, Value = value.Value, Unit = unit, Currency = currency, Qualifier = qualifier, Year = year, SourceKey = reference, Order = order++ };
        }));
        order = 0;
        string? previous = null;
        r.Content.Timeline.AddRange(fm.List("timeline", t =>
        {
            var date = t.PartialDate("date");
            if (date is not null && previous is not null)
            {
                // "2011" and "2011-07" may come in either order; "2010" after "2011-07" may not.
                var length = Math.Min(date.Length, previous.Length);
                if (string.CompareOrdinal(date[..length], previous[..length]) < 0)
                {
                    t.Problem("date", $"timeline entries must be in date order: {date} comes after {previous}");
                }
            }

            previous = date ?? previous;
            var text = t.Text("text");
            var reference = r.Reference(t, file);
            return date is null || text is null || reference is null
                ? null
                : new TimelineEvent { Language = code, CountrySlug = slug, Date = date, Text = text, SourceKey = reference, Order = order++ };
        }));
    }

    public static string Search(SectionPage s, SearchContext context)
    {
        var (language, content) = (context.Language, context.Content);
        return SearchDocuments.Join(
            SearchDocuments.Join(content.Timeline.Where(t => t.Language == s.Language && t.CountrySlug == s.CountrySlug).Select(t => $"{Formats.PartialDate(language, t.Date)} {t.Text}")),
            SearchDocuments.Join(content.TradeFigures.Where(t => t.Language == s.Language && t.CountrySlug == s.CountrySlug).Select(t => $"{t.Label} {Formats.Figure(language, t.Value, t.Unit, t.Currency, t.Qualifier)} {t.Year}")));
    }

    public static IEnumerable<(string Key, IReadOnlyList<string> Values)> Figures(SectionPage s, LoadedContent content) =>
    [
        ("trade_figures", content.TradeFigures.Where(t => t.Language == s.Language && t.CountrySlug == s.CountrySlug).OrderBy(t => t.Order).Select(t => $"{Twins.N(t.Value)} {Twins.YearDigits(t.Year)}".Trim()).ToList()),
        ("timeline", content.Timeline.Where(t => t.Language == s.Language && t.CountrySlug == s.CountrySlug).OrderBy(t => t.Order).Select(t => t.Date).ToList()),
    ];
}
