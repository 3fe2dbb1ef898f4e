using System.Diagnostics;
using System.Text;

namespace Peru.Portal.Web.Health;

/// <summary>
/// Where the portal's start-up time goes, phase by phase, written as one log line once the portal listens
/// (Information level): the runtime before the portal's own code, building the host, reading the content, the store,
/// the web pipeline. Start-up is a published target, so a slow phase should be visible without a profiler.
/// </summary>
public sealed partial class StartupTimeline
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan At)> _marks = [];
    private readonly List<(string Track, string Phase, TimeSpan From, TimeSpan To)> _alongside = [];
    private readonly TimeSpan _beforeMain = BeforeMain();

    public void Mark(string phase)
    {
        lock (_marks)
        {
            _marks.Add((phase, _clock.Elapsed));
        }
    }

    /// <summary>Now, on this timeline's clock: where a phase that runs alongside the main ones begins.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>
    /// A phase of work that runs on another thread alongside the main phases (the content import while the host is
    /// built): given with its own duration and when it began, so the main phases still add up to the total.
    /// </summary>
    public void MarkAlongside(string track, string phase, TimeSpan from)
    {
        lock (_marks)
        {
            _alongside.Add((track, phase, from, _clock.Elapsed));
        }
    }

    /// <summary>"runtime 60 ms, host 120 ms, ...": each phase's own duration, then the total since the process began.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"runtime {_beforeMain.TotalMilliseconds:0} ms");
        var previous = TimeSpan.Zero;
        lock (_marks)
        {
            foreach (var (phase, at) in _marks)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $", {phase} {(at - previous).TotalMilliseconds:0} ms");
                previous = at;
            }

            foreach (var track in _alongside.GroupBy(a => a.Track))
            {
                var begun = track.Min(a => a.From);
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"; alongside, {track.Key} from {(_beforeMain + begun).TotalMilliseconds:0} ms: ");
                text.AppendJoin(", ", track.Select(a => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a.Phase} {(a.To - a.From).TotalMilliseconds:0} ms")));
            }
        }

        // What ahead-of-time compilation left to the JIT: the count hardly moves with the machine's load, so a publish or
        // a change can be judged by it where wall-clock time on a shared machine cannot.
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"; {(_beforeMain + previous).TotalMilliseconds:0} ms in all; JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
        return text.ToString();
    }

    public void Log(ILogger logger) => LogStarted(logger, this);

    /// <summary>
    /// "Warmed: … at N ms; JIT …": work left until after the server listens (so that it does not delay the first answer),
    /// given with when it ended since the process began.
    /// </summary>
    public void LogAfterStart(ILoggerFactory loggers, string work)
    {
        var logger = loggers.CreateLogger("Peru.Portal.Web.Startup");
        if (logger.IsEnabled(LogLevel.Information))
        {
            var at = (_beforeMain + _clock.Elapsed).TotalMilliseconds;
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
            LogWarmed(logger, work, at, methods, jit);
        }
    }

    public override string ToString() => Describe();

    /// <summary>From the process's start to this object's creation (in Main): the runtime's own start-up.</summary>
    private static TimeSpan BeforeMain()
    {
        using var process = Process.GetCurrentProcess();
        var elapsed = DateTime.Now - process.StartTime;
        return elapsed > TimeSpan.Zero ? elapsed : TimeSpan.Zero;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started: {Timeline}")]
    private static partial void LogStarted(ILogger logger, StartupTimeline timeline);

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed after start: {Work} done at {At:0} ms; JIT {Methods} methods, {JitMs:0} ms")]
    private static partial void LogWarmed(ILogger logger, string work, double at, long methods, double jitMs);
}

public static class StartupTimelineExtensions
{
    /// <summary>
    /// Logs the timeline once the host has started: listening, with the content served (the server start and the wait
    /// for the content are marked by <see cref="Content.StartupImport"/>). Not when the content could not be served:
    /// the portal is stopping then.
    /// </summary>
    public static WebApplication LogStartupWhenListening(this WebApplication app)
    {
        var timeline = app.Services.GetRequiredService<StartupTimeline>();
        var state = app.Services.GetRequiredService<Content.ContentState>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Peru.Portal.Web.Startup");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (state.IsLoaded)
            {
                timeline.Log(logger);
            }
        });
        return app;
    }

    public static void MarkStartup(this IServiceProvider services, string phase) =>
        services.GetService<StartupTimeline>()?.Mark(phase);

    /// <summary>The phases of one piece of start-up work: on the main timeline, or alongside it when named.</summary>
    public static StartupPhases StartupPhases(this IServiceProvider services, string? alongside = null) =>
        new(services.GetService<StartupTimeline>(), alongside);
}

/// <summary>Marks the end of each phase of one piece of start-up work, on the main timeline or alongside it.</summary>
public sealed class StartupPhases(StartupTimeline? timeline, string? alongside)
{
    private TimeSpan _from = timeline?.Now ?? TimeSpan.Zero;

    /// <summary>Starts the next phase now: time spent waiting for work measured elsewhere is not counted twice.</summary>
    public void Resume() => _from = timeline?.Now ?? TimeSpan.Zero;

    public void Mark(string phase)
    {
        if (timeline is null)
        {
            return;
        }

        if (alongside is null)
        {
            timeline.Mark(phase);
            return;
        }

        timeline.MarkAlongside(alongside, phase, _from);
        _from = timeline.Now;
    }
}
