namespace Peru.Portal.Web.Charts;

/// <summary>
/// A chart as a page and its downloadable file show it: what it is (title, units, source, date), a sentence
/// saying what it shows for readers who cannot see it, and the figures it draws. The figures are the ones
/// the page's table is made of, so the picture and the table cannot disagree.
/// </summary>
public sealed record ChartFigure(
    string Id,
    string Title,
    string Units,
    string Description,
    string SourceText,
    string? SourcePath,
    string DateText,
    string FilePath,
    string? TablePath,
    ChartBody Body)
{
    /// <summary>The chart laid out for a text column of the given measure, by the builder of its kind.</summary>
    public Drawing Draw(Measure measure) => Body switch
    {
        BarChartBody bars => BarChartBuilder.Draw(bars, measure),
        TimelineBody timeline => TimelineBuilder.Draw(timeline, measure),
        _ => throw new NotSupportedException(Body.GetType().Name),
    };
}

/// <summary>What a chart draws: bars (<see cref="BarChartBody"/>) or periods on a timeline (<see cref="TimelineBody"/>).</summary>
public abstract record ChartBody;

/// <summary>Horizontal bars in groups (a fiscal year, a theme), each bar labelled with its figure in words.</summary>
public sealed record BarChartBody(IReadOnlyList<BarGroup> Groups) : ChartBody;

/// <summary>A heading (or none), its bars, and a closing line such as the group's total.</summary>
public sealed record BarGroup(string? Heading, IReadOnlyList<BarItem> Items, string? Footer);

/// <summary>
/// One bar. <paramref name="Text"/> says what it is and its figure in words ("Bilateral: $24 million"), so the
/// bar is read without a legend. <paramref name="Series"/> names what the value can be compared with (a currency, "count"): bars are
/// scaled against the largest of their series only, so dollars are never drawn against another unit.
/// </summary>
public sealed record BarItem(string Text, decimal Value, string Series);

/// <summary>Periods, each a bar from its first year to the end of its last, on one axis of whole years.</summary>
public sealed record TimelineBody(int FirstYear, int LastYear, IReadOnlyList<TimelineItem> Items) : ChartBody;

/// <summary>A period: <paramref name="Text"/> names it with its years in words.</summary>
public sealed record TimelineItem(string Text, int StartYear, int EndYear);
