namespace Peru.Portal.Web.Charts;

/// <summary>
/// Lays out a <see cref="TimelineBody"/>: the years along the top, then for each period its label (with the
/// period in words) and a bar from the start of its first year to the end of its last, over rules marking
/// each year. Each year is named at the rule where it starts, as its bars do; on a phone every other year is
/// named, as four-digit years side by side would touch.
/// </summary>
public static class TimelineBuilder
{
    public static Drawing Draw(TimelineBody chart, Measure measure)
    {
        var years = chart.LastYear - chart.FirstYear + 1;
        double At(int year) => (double)(Math.Clamp(year, chart.FirstYear, chart.LastYear + 1) - chart.FirstYear) / years;
        var texts = new List<DrawnText>();
        var rects = new List<DrawnRect>();
        var lines = new List<DrawnLine>();
        for (var year = chart.FirstYear; year <= chart.LastYear; year++)
        {
            if (!measure.Narrow || (year - chart.FirstYear) % 2 == 0)
            {
                texts.Add(new(At(year) + 0.01, Rows.Baseline, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Strong: true, Anchor.Start));
            }
        }

        var y = Rows.Line;
        for (var year = chart.FirstYear; year <= chart.LastYear + 1; year++)
        {
            lines.Add(new(At(year), 0.2, y));
        }

        y += Rows.Gap;
        foreach (var item in chart.Items)
        {
            foreach (var line in TextWrap.Lines(item.Text, measure.Characters))
            {
                texts.Add(new(0, y + Rows.Baseline, line, Strong: false));
                y += Rows.Line;
            }

            for (var year = chart.FirstYear; year <= chart.LastYear + 1; year++)
            {
                lines.Add(new(At(year), y, y + Rows.BarHeight + 0.2));
            }

            rects.Add(new(At(item.StartYear), At(item.EndYear + 1) - At(item.StartYear), y + 0.1, Rows.BarHeight));
            y += Rows.BarHeight + 0.2 + Rows.Gap;
        }

        return new(Math.Round(y, 2), texts, rects, lines);
    }
}
