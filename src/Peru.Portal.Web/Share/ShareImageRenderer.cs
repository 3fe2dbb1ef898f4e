using SkiaSharp;

namespace Peru.Portal.Web.Share;

/// <summary>
/// Draws a page's share image (1200 × 630 PNG, the size link previews ask for) in the portal's style: the
/// header's colour and mark, the title in Lato Bold, the key figure in the design system's blue. No flag,
/// wordmark or Government of Canada signature. The same card gives the same bytes.
/// </summary>
public static class ShareImageRenderer
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Changes whenever the drawing changes, so images made by an older drawing are not reused.</summary>
    public const string Version = "1";

    private const float Margin = 64;

    // Colours of the design system's tokens: --gcds-bg-primary (the header), --gcds-text-primary and
    // --gcds-color-blue-650 (the map's shading), so an image looks like the page it stands for.
    private static readonly SKColor Header = SKColor.Parse("#26374a");
    private static readonly SKColor Text = SKColor.Parse("#333333");
    private static readonly SKColor Accent = SKColor.Parse("#24568f");

    // Lato is the design system's font; only its web forms (woff, woff2) are vendored under wwwroot, which Skia
    // does not read, so its TrueType form (from Debian's fonts-lato, SIL Open Font License) is embedded here.
    internal static readonly Lazy<SKTypeface> Lato = new(() =>
        SKTypeface.FromStream(typeof(ShareImageRenderer).Assembly.GetManifestResourceStream("Peru.Portal.Web.Share.Lato-Bold.ttf")!)
        ?? throw new InvalidOperationException("the embedded Lato font could not be read"));

    public static byte[] Render(ShareCard card, string siteName)
    {
        // Opaque: every pixel is, and the encoder then has no alpha to convert or write.
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Draw(surface.Canvas, card, siteName);
        using var pixels = surface.PeekPixels();
        return PngWriter.Encode(pixels);
    }

    /// <summary>The card on a canvas of <see cref="Width"/> × <see cref="Height"/>, every pixel painted.</summary>
    internal static void Draw(SKCanvas canvas, ShareCard card, string siteName)
    {
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { IsAntialias = true };

        paint.Color = Header;
        canvas.DrawRect(0, 0, Width, 112, paint);
        DrawMark(canvas, paint, Margin, 24, 64);
        using (var site = new SKFont(Lato.Value, 40))
        {
            paint.Color = SKColors.White;
            canvas.DrawText(siteName, Margin + 88, 70, SKTextAlign.Left, site, paint);
        }

        var top = 112 + Margin + 8;
        var bottom = Height - Margin - 16;
        if (card.Figure is { } figure)
        {
            using var figureFont = new SKFont(Lato.Value, 52);
            var figureLines = Wrap(figure, figureFont, Width - (2 * Margin), 2);
            var y = bottom - ((figureLines.Count - 1) * 62);
            paint.Color = Accent;
            foreach (var line in figureLines)
            {
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, figureFont, paint);
                y += 62;
            }

            bottom -= (figureLines.Count * 62) + 24;
        }

        // The largest size at which the title fits the room left, down to a size that still reads in a thumbnail.
        foreach (var size in new float[] { 64, 56, 48, 42 })
        {
            using var titleFont = new SKFont(Lato.Value, size);
            var lineHeight = size * 1.2f;
            var room = Math.Max(1, (int)((bottom - top + size) / lineHeight));
            var lines = Wrap(card.Title, titleFont, Width - (2 * Margin), room);
            if (lines.Count <= room && (size == 42 || !lines[^1].EndsWith('…')))
            {
                paint.Color = Text;
                var y = top + size;
                foreach (var line in lines)
                {
                    canvas.DrawText(line, Margin, y, SKTextAlign.Left, titleFont, paint);
                    y += lineHeight;
                }

                break;
            }
        }

        paint.Color = Accent;
        canvas.DrawRect(0, Height - 16, Width, 16, paint);
    }

    /// <summary>The portal's own mark (two peaks), from the same outline as icon.svg (a 64-unit square).</summary>
    private static void DrawMark(SKCanvas canvas, SKPaint paint, float x, float y, float size)
    {
        paint.Color = SKColors.White;
        using var peaks = SKPath.ParseSvgPathData("M6.4 51.2L25.6 16.64L33.92 31.36L41.6 23.04L57.6 51.2Z");
        canvas.Save();
        canvas.Translate(x, y);
        canvas.Scale(size / 64);
        canvas.DrawPath(peaks, paint);
        canvas.Restore();
    }

    /// <summary>Words to lines no wider than <paramref name="width"/>; past <paramref name="maxLines"/>, the last line ends with an ellipsis.</summary>
    internal static List<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count > maxLines)
        {
            var last = lines[maxLines - 1];
            while (last.Length > 1 && font.MeasureText(last + "…") > width)
            {
                last = last[..^1];
            }

            lines = [.. lines.Take(maxLines - 1), last.TrimEnd() + "…"];
        }

        return lines;
    }
}
