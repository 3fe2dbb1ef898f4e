namespace Peru.Portal.Web.Charts;

/// <summary>
/// Lays out a <see cref="BarChartBody"/>: each group's heading in bold, then for each bar its label and figure
/// in words, then the bar, whose length is the figure against the largest of its series. The label sits above
/// its bar rather than beside it, so a long label wraps instead of squeezing the bar, and meaning never rests
/// on colour: every bar says what it is.
/// </summary>
public static class BarChartBuilder
{
    public static Drawing Draw(BarChartBody chart, Measure measure)
    {
        var largest = chart.Groups.SelectMany(g => g.Items)
            .GroupBy(i => i.Series, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(i => i.Value), StringComparer.Ordinal);
        var texts = new List<DrawnText>();
        var rects = new List<DrawnRect>();
        var y = 0.0;

        void Write(string text, bool strong)
        {
            foreach (var line in TextWrap.Lines(text, measure.Characters))
            {
                texts.Add(new(0, y + Rows.Baseline, line, strong));
                y += Rows.Line;
            }
        }

        foreach (var group in chart.Groups)
        {
            if (group.Heading is { } heading)
            {
                Write(heading, strong: true);
            }

            foreach (var item in group.Items)
            {
                Write(item.Text, strong: false);
                var max = largest[item.Series];
                var width = max <= 0m || item.Value <= 0m ? 0.0 : (double)(item.Value / max);
                if (width > 0)
                {
                    // A figure too small to see still gets a sliver, so no bar reads as zero when it is not.
                    rects.Add(new(0, Math.Max(width, 0.005), y + 0.1, Rows.BarHeight));
                }

                y += Rows.BarHeight + 0.2 + Rows.Gap;
            }

            if (group.Footer is { } footer)
            {
                Write(footer, strong: true);
            }

            y += Rows.Gap;
        }

        return new(Math.Round(y, 2), texts, rects, []);
    }
}
