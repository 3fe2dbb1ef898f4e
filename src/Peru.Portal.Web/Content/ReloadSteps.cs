using System.Diagnostics;
using System.Globalization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// The time each step of a live reload took, for its log line: an edit has a second to show, and the line tells the
/// reload's own work from the wait before it (settling, the file watch) and after it (the page rendered again).
/// </summary>
internal sealed class ReloadSteps
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly List<(string Step, double Ms)> _steps = [];
    private long _last;

    public ReloadSteps() => _last = _start;

    public void Done(string step)
    {
        var now = Stopwatch.GetTimestamp();
        _steps.Add((step, Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds));
        _last = now;
    }

    /// <summary><c>git dates 12 ms, fingerprint 3 ms, …; 140 ms in all</c>: formatted only when the line is logged.</summary>
    public override string ToString() =>
        string.Join(", ", _steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Ms:0} ms")))
        + string.Create(CultureInfo.InvariantCulture, $"; {Stopwatch.GetElapsedTime(_start).TotalMilliseconds:0} ms in all");
}
