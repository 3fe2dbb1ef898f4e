using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Models;

/// <summary>How many achievements each fiscal year has in each theme: a table and, from its rows, a bar chart.</summary>
public sealed record AchievementsChart(ChartFigure Figure, string Caption, IReadOnlyList<AchievementsChart.YearRows> Years)
{
    public const string TableId = "achievements-by-theme";

    public sealed record Row(string Theme, string Count);

    public sealed record YearRows(string FiscalYear, IReadOnlyList<Row> Themes, Row Total);

    public static AchievementsChart? From(
        Language language,
        Country country,
        IReadOnlyList<AchievementCount> counts,
        IReadOnlyList<Theme> themes,
        DateOnly? modified,
        IStringLocalizer<ChartText> text)
    {
        if (counts.Count == 0)
        {
            return null;
        }

        var titles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        var order = themes.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        string Count(int n) => n == 1 ? text["1 achievement"] : text["{0} achievements", Formats.Number(language, n)];
        string Labelled(string label, string value) => label + language.Formats.LabelSeparator + TextWrap.Unbroken(value);

        // Newest year first, as the page lists them; themes in the program's order.
        var years = counts
            .GroupBy(c => c.FiscalYear, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => (
                Year: Formats.FiscalYear(language, g.Key),
                Themes: g.GroupBy(c => c.ThemeSlug, StringComparer.Ordinal)
                    .OrderBy(t => order.GetValueOrDefault(t.Key, int.MaxValue)).ThenBy(t => t.Key, StringComparer.Ordinal)
                    .Select(t => (Title: titles.GetValueOrDefault(t.Key, t.Key), Count: t.Sum(c => c.Count)))
                    .ToList()))
            .ToList();
        var groups = years
            .Select(y => new BarGroup(y.Year, y.Themes.Select(t => new BarItem(Labelled(t.Title, Count(t.Count)), t.Count, "count")).ToList(), null))
            .ToList();
        var span = years.Count == 1 ? years[0].Year : text["{0} to {1}", years[^1].Year, years[0].Year].Value;
        var sources = Sources.Of(language, country);
        var figure = ChartFrame.Figure(
            language,
            "achievements-chart",
            text["Achievements in {0} by fiscal year and theme, {1}", country.Name, span],
            text["Number of achievements this portal reports."],
            string.Join(" ", groups.Select(g => text["{0}: {1}.", g.Heading ?? "", string.Join("; ", g.Items.Select(i => i.Text))].Value)),
            counts.Select(c => c.SourceKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(key => sources.Find(key)),
            modified,
            Addresses.AchievementsChart(language, country.Slug),
            null,
            new BarChartBody(groups),
            text);
        return new(
            figure,
            text["Number of achievements in {0}, by fiscal year and theme, {1}", country.Name, span],
            years.Select(y => new YearRows(
                y.Year,
                y.Themes.Select(t => new Row(t.Title, Formats.Number(language, t.Count))).ToList(),
                new Row(text["Total, {0}", y.Year], Formats.Number(language, y.Themes.Sum(t => t.Count))))).ToList());
    }
}
