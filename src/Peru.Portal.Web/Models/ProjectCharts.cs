using System.Globalization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Charts;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Models;

/// <summary>The projects table's two charts: new funding announced by project and theme, and the projects' periods on one timeline.</summary>
public static class ProjectCharts
{
    public static IReadOnlyList<ChartFigure> From(
        Language language,
        Country country,
        IReadOnlyList<Project> projects,
        IReadOnlyList<Theme> themes,
        IReadOnlyDictionary<string, SourceView> sources,
        IStringLocalizer<ChartText> text)
    {
        if (projects.Count == 0)
        {
            return [];
        }

        string Labelled(string label, string value) => label + language.Formats.LabelSeparator + TextWrap.Unbroken(value);
        var sourcesUsed = projects.Select(p => sources.Find(p.SourceKey)).ToList();
        var modified = projects.Max(p => p.DateModified);
        var themeTitles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        var themeOrder = themes.Select((t, i) => (t.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);

        var byTheme = projects
            .GroupBy(p => p.ThemeSlug, StringComparer.Ordinal)
            .OrderBy(g => themeOrder.GetValueOrDefault(g.Key, int.MaxValue))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BarGroup(
                themeTitles.GetValueOrDefault(g.Key, g.Key),
                g.OrderByDescending(p => p.FundingAmount).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
                    .Select(p => new BarItem(Labelled(p.Title, FundingText.Amount(language, p)), p.FundingAmount, p.FundingCurrency))
                    .ToList(),
                null))
            .ToList();
        var amounts = ChartFrame.Figure(
            language,
            "projects-amount-chart",
            text["New funding announced for each project, by theme"],
            text["Amounts in Canadian dollars unless marked otherwise; each bar is a project's new funding announced, never its total value."],
            string.Join(" ", byTheme.Select(g => text["{0}: {1}.", g.Heading ?? "", string.Join("; ", g.Items.Select(i => i.Text))].Value)),
            sourcesUsed,
            modified,
            Addresses.ProjectsChart(language, country.Slug),
            "#projects",
            new BarChartBody(byTheme),
            text);

        // The axis runs over the years the projects cover (2024 to 2031 today), whole years at both ends.
        var first = projects.Min(p => p.FundingStartYear);
        var last = projects.Max(p => p.FundingEndYear);
        var periods = projects
            .OrderBy(p => p.FundingStartYear).ThenBy(p => p.FundingEndYear).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select(p => new TimelineItem(Labelled(p.Title, FundingText.Period(language, p)), p.FundingStartYear, p.FundingEndYear))
            .ToList();
        var timeline = ChartFrame.Figure(
            language,
            "projects-period-chart",
            text["Periods of the projects' new funding, {0} to {1}", first.ToString(CultureInfo.InvariantCulture), last.ToString(CultureInfo.InvariantCulture)],
            text["In years; each bar runs from the start of the first year to the end of the last."],
            text["Projects by period: {0}.", string.Join("; ", periods.Select(p => p.Text))],
            sourcesUsed,
            modified,
            Addresses.ProjectPeriodsChart(language, country.Slug),
            "#projects",
            new TimelineBody(first, last, periods),
            text);
        return [amounts, timeline];
    }
}
