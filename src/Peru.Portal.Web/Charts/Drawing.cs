namespace Peru.Portal.Web.Charts;

/// <summary>
/// A chart laid out in two kinds of unit, so that its text never scales with the picture: across, a fraction
/// of the drawing's width (bars stretch with the page); down, ems of the text size (rows grow with the text).
/// <see cref="ChartSvg"/> writes it for a page, in % and em, or for a file, in pixels.
/// </summary>
public sealed record Drawing(double Height, IReadOnlyList<DrawnText> Texts, IReadOnlyList<DrawnRect> Rects, IReadOnlyList<DrawnLine> Lines);

public enum Anchor
{
    Start,
    Middle,
}

/// <summary>A line of text: <paramref name="X"/> a fraction of the width, <paramref name="Baseline"/> in ems.</summary>
public sealed record DrawnText(double X, double Baseline, string Text, bool Strong, Anchor Anchor = Anchor.Start);

/// <summary>A bar: across in fractions of the width, down in ems.</summary>
public sealed record DrawnRect(double X, double Width, double Top, double Height);

/// <summary>A vertical rule (a year boundary on a timeline): across in a fraction of the width, down in ems.</summary>
public sealed record DrawnLine(double X, double Top, double Bottom);

/// <summary>How wide a drawing's text column is, in characters, and whether its axis must thin its labels.</summary>
public sealed record Measure(int Characters, bool Narrow)
{
    /// <summary>
    /// Phones from 320 px: 22 characters of body text (20 px) fit in the 288 px the page leaves, even in capitals
    /// and French or Spanish, which run longer.
    /// </summary>
    public static Measure Phone { get; } = new(22, Narrow: true);

    /// <summary>From 48em (768 px) the page leaves at least 736 px: 60 characters fit with room to spare.</summary>
    public static Measure Wide { get; } = new(60, Narrow: false);

    /// <summary>The downloadable file: 672 px of 16 px text.</summary>
    public static Measure File { get; } = new(66, Narrow: false);
}

/// <summary>Lines of a drawing are this far apart, in ems; the page's own body text is set at 1.6.</summary>
internal static class Rows
{
    public const double Line = 1.5;
    public const double Baseline = 1.1;
    public const double BarHeight = 1.0;
    public const double Gap = 0.6;
}
