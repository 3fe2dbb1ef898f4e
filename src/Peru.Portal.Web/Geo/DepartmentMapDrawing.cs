using System.Globalization;
using System.Net;
using System.Text;

namespace Peru.Portal.Web.Geo;

/// <summary>A department as the drawing shows it: a link to its page with an accessible name, or, with no work, a plain outline.</summary>
public sealed record DepartmentLink(string Href, string Label);

/// <summary>
/// Draws a map as inline SVG: every department outlined, those with work shaded and each a link (an SVG
/// <c>a</c> with an accessible name, reachable by keyboard). Departments without work are hidden from assistive
/// technology: the list beside the map says the same in words. Colours come from the stylesheet (classes only:
/// the security policy allows no inline style). The same input gives the same bytes.
/// </summary>
public static class DepartmentMapDrawing
{
    public static string Draw(DepartmentMap map, Func<MapDepartment, DepartmentLink?> linkOf, string labelledBy)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"department-map\" viewBox=\"0 0 {map.Width} {map.Height}\" role=\"group\" aria-labelledby=\"{Escape(labelledBy)}\">");
        var links = map.Departments.Select(d => (Department: d, Link: linkOf(d))).ToList();
        svg.Append("<g aria-hidden=\"true\">");
        foreach (var (department, _) in links.Where(l => l.Link is null))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"department\" d=\"{department.PathData}\"/>");
        }

        svg.Append("</g>");

        // Drawn after the others, so a focused or shaded border is never covered by a neighbour's.
        foreach (var (department, link) in links.Where(l => l.Link is not null))
        {
            var label = Escape(link!.Label);
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Escape(link.Href)}\" aria-label=\"{label}\"><title>{label}</title><path class=\"department department-with-work\" d=\"{department.PathData}\"/></a>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
