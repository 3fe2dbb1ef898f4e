using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Web.Charts;

/// <summary>The words of every chart that are not its figures: "Source: …", "Date modified: …". Its resources are Resources/Charts/ChartText.*.resx.</summary>
public sealed class ChartText;

/// <summary>What every chart carries besides its figures, worded the same way on every page and in every file.</summary>
public static class ChartFrame
{
    public static ChartFigure Figure(
        Language language,
        string id,
        string title,
        string units,
        string description,
        IEnumerable<SourceView?> sources,
        DateOnly? dateModified,
        string filePath,
        string? tablePath,
        ChartBody body,
        IStringLocalizer<ChartText> text)
    {
        var cited = sources.OfType<SourceView>().DistinctBy(s => s.Key).ToList();
        return new(
            id,
            title,
            units,
            description,
            cited.Count == 0 ? "" : text["Source: {0}", string.Join("; ", cited.Select(s => s.Citation))].Value,
            cited.Count == 0 ? null : cited[0].Path,
            dateModified is { } date ? text["Date modified: {0}", Formats.LongDate(language, date)].Value : "",
            filePath,
            tablePath,
            body);
    }
}
