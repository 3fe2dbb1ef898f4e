using System.Globalization;
using System.Text;
using System.Xml;

namespace Peru.Portal.Web.Charts;

/// <summary>
/// Writes a <see cref="Drawing"/> as SVG with <see cref="XmlWriter"/>, which escapes every label, and with
/// numbers in the invariant culture, so the same figures always give the same bytes.
/// </summary>
public static class ChartSvg
{
    private const string Svg = "http://www.w3.org/2000/svg";

    // The GC Design System's tokens (lib/gcds-tokens), written out for the file: a downloaded image has no stylesheet.
    // Bars (bg-primary) are 12.6:1 against the white ground and 3.6:1 against the rules (border-default), which are
    // 3.4:1 against white; text is text-primary.
    private const string BarColour = "#26374a";
    private const string RuleColour = "#8c8c8c";
    private const string TextColour = "#333333";

    private const int FileWidth = 720;
    private const int FilePadding = 24;
    private const int FileFontSize = 16;

    /// <summary>
    /// For a page: no viewBox, so nothing is scaled. Widths are percentages and heights ems of the page's own text,
    /// which the SVG's labels inherit: at any screen width they are the body size. The stylesheet colours them.
    /// </summary>
    public static string Inline(Drawing drawing, string cssClass, string labelledBy)
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            xml.WriteStartElement("svg", Svg);
            xml.WriteAttributeString("class", cssClass);
            xml.WriteAttributeString("width", "100%");
            xml.WriteAttributeString("height", Em(drawing.Height));
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", labelledBy);
            foreach (var line in drawing.Lines)
            {
                Element(xml, "line", ("class", "chart-rule"), ("x1", Percent(line.X)), ("x2", Percent(line.X)), ("y1", Em(line.Top)), ("y2", Em(line.Bottom)));
            }

            foreach (var rect in drawing.Rects)
            {
                Element(xml, "rect", ("class", "chart-bar"), ("x", Percent(rect.X)), ("y", Em(rect.Top)), ("width", Percent(rect.Width)), ("height", Em(rect.Height)));
            }

            foreach (var text in drawing.Texts)
            {
                xml.WriteStartElement("text", Svg);
                xml.WriteAttributeString("class", text.Strong ? "chart-label chart-strong" : "chart-label");
                xml.WriteAttributeString("x", Percent(text.X));
                xml.WriteAttributeString("y", Em(text.Baseline));
                if (text.Anchor == Anchor.Middle)
                {
                    xml.WriteAttributeString("text-anchor", "middle");
                }

                xml.WriteString(text.Text);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return output.ToString();
    }

    /// <summary>
    /// A file to download and reuse: fixed pixels (viewBox equal to its size), its own colours and fonts, and
    /// inside it the title, units, source and date, so the image still says what it is once it leaves the page.
    /// </summary>
    public static byte[] File(ChartFigure chart, Drawing drawing, string languageCode, string pageAddress)
    {
        const int plot = FileWidth - (2 * FilePadding);
        var header = new List<(string Text, bool Strong)>();
        header.AddRange(TextWrap.Lines(chart.Title, Measure.File.Characters).Select(l => (l, true)));
        header.AddRange(TextWrap.Lines(chart.Units, Measure.File.Characters).Select(l => (l, false)));
        var footer = new List<string>();
        footer.AddRange(TextWrap.Lines(chart.SourceText, Measure.File.Characters));
        footer.AddRange(TextWrap.Lines(chart.DateText, Measure.File.Characters));
        footer.Add(pageAddress);

        double line = Rows.Line * FileFontSize;
        var top = FilePadding + (header.Count * line) + (Rows.Gap * FileFontSize);
        var bottom = top + (drawing.Height * FileFontSize) + (Rows.Gap * FileFontSize);
        var height = Math.Ceiling(bottom + (footer.Count * line) + FilePadding);
        double X(double fraction) => FilePadding + (fraction * plot);
        double Y(double em) => top + (em * FileFontSize);

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("svg", Svg);
            xml.WriteAttributeString("xml", "lang", null, languageCode);
            xml.WriteAttributeString("width", Number(FileWidth));
            xml.WriteAttributeString("height", Number(height));
            xml.WriteAttributeString("viewBox", $"0 0 {Number(FileWidth)} {Number(height)}");
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", "chart-title chart-description");
            xml.WriteAttributeString("font-family", "'Noto Sans', Arial, sans-serif");
            xml.WriteAttributeString("font-size", Number(FileFontSize));
            xml.WriteAttributeString("fill", TextColour);
            xml.WriteStartElement("title", Svg);
            xml.WriteAttributeString("id", "chart-title");
            xml.WriteString(chart.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("desc", Svg);
            xml.WriteAttributeString("id", "chart-description");
            xml.WriteString(chart.Description);
            xml.WriteEndElement();
            Element(xml, "rect", ("width", Number(FileWidth)), ("height", Number(height)), ("fill", "#ffffff"));

            var y = (double)FilePadding;
            foreach (var (text, strong) in header)
            {
                Text(xml, X(0), y + (Rows.Baseline * FileFontSize), text, strong, Anchor.Start);
                y += line;
            }

            foreach (var rule in drawing.Lines)
            {
                Element(xml, "line", ("x1", Number(X(rule.X))), ("x2", Number(X(rule.X))), ("y1", Number(Y(rule.Top))), ("y2", Number(Y(rule.Bottom))), ("stroke", RuleColour));
            }

            foreach (var rect in drawing.Rects)
            {
                Element(xml, "rect", ("x", Number(X(rect.X))), ("y", Number(Y(rect.Top))), ("width", Number(rect.Width * plot)), ("height", Number(rect.Height * FileFontSize)), ("fill", BarColour));
            }

            foreach (var text in drawing.Texts)
            {
                Text(xml, X(text.X), Y(text.Baseline), text.Text, text.Strong, text.Anchor);
            }

            y = bottom;
            foreach (var text in footer)
            {
                Text(xml, X(0), y + (Rows.Baseline * FileFontSize), text, strong: false, Anchor.Start);
                y += line;
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void Text(XmlWriter xml, double x, double y, string text, bool strong, Anchor anchor)
    {
        xml.WriteStartElement("text", Svg);
        xml.WriteAttributeString("x", Number(x));
        xml.WriteAttributeString("y", Number(y));
        if (strong)
        {
            xml.WriteAttributeString("font-weight", "700");
        }

        if (anchor == Anchor.Middle)
        {
            xml.WriteAttributeString("text-anchor", "middle");
        }

        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Svg);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        xml.WriteEndElement();
    }

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Em(double value) => Number(value) + "em";

    private static string Percent(double fraction) => Number(fraction * 100) + "%";
}
