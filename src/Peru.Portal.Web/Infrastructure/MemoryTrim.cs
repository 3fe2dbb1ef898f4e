using Microsoft.Extensions.Options;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Hands memory the garbage collector no longer needs back to the system after bursts of load. A crowd of
/// connections promotes short-lived objects (connections, buffers, request state) into the old generation,
/// which the workstation collector then keeps committed until its own budget runs out; on the real content
/// that was about as much again as the live heap, held for as long as the portal ran. Each check compares the
/// committed heap with what it was after the last full collection and, past an allowance, collects and
/// compacts everything once. ConserveMemory only acts when a full collection happens anyway, and the runtime
/// has no setting that starts one on a schedule, hence the timer.
/// </summary>
public sealed partial class MemoryTrim(
    IOptions<MemoryOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<MemoryTrim> logger) : BackgroundService
{
    /// <summary>Below this the heap is never collected for its own sake: a few megabytes come and go under steady load.</summary>
    internal const long MinimumAllowanceBytes = 8L * 1024 * 1024;

    /// <summary>
    /// Worth a full collection when the heap holds more than a quarter (at least <see cref="MinimumAllowanceBytes"/>)
    /// above what it held after the last one: garbage from a burst, not the steady young generation.
    /// </summary>
    internal static bool IsWorthTrimming(long committedBytes, long baselineBytes) =>
        committedBytes - baselineBytes > Math.Max(MinimumAllowanceBytes, baselineBytes / 4);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(options.Value.TrimEverySeconds);
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        // Once the server listens (the start-up import is over by then): what start-up alone touched goes at once,
        // not at the first check, since a load that starts with the server would otherwise find it all still there.
        var files = new MappedFilesWatch();
        if (options.Value.ReleaseMappedFiles && await Started(stoppingToken))
        {
            files.Released(ReleaseFiles(MappedFiles.ResidentBytes()), settle: false);
        }

        using var timer = new PeriodicTimer(every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Measured against the last full collection, whoever made it: start-up and every import make one too.
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            if (IsWorthTrimming(committed, ProcessMemory.CommittedAfterRelease))
            {
                ProcessMemory.Release();
                LogTrimmed(logger, committed / (1024 * 1024), ProcessMemory.CommittedAfterRelease / (1024 * 1024));
            }

            // What the first requests, an import or a burst touched once goes; steady load keeps its pages.
            if (options.Value.ReleaseMappedFiles && MappedFiles.ResidentBytes() is { } resident && files.ShouldRelease(resident))
            {
                files.Released(ReleaseFiles(resident), settle: true);
            }
        }
    }

    /// <summary>Releases the mapped files' pages; returns what is left resident.</summary>
    private long? ReleaseFiles(long? resident)
    {
        var advised = MappedFiles.Release();
        var after = MappedFiles.ResidentBytes();
        LogFilesReleased(logger, (resident ?? 0) / (1024 * 1024), advised / (1024 * 1024), (after ?? 0) / (1024 * 1024));
        return after;
    }

    /// <summary>True once the application has started; false if it stops first.</summary>
    private async Task<bool> Started(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Mapped files released: {Resident} MiB resident, {Advised} MiB of mappings advised, {After} MiB resident after")]
    private static partial void LogFilesReleased(ILogger logger, long resident, long advised, long after);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Memory trimmed: the heap held {Before} MiB, {After} MiB after a full collection")]
    private static partial void LogTrimmed(ILogger logger, long before, long after);
}

public sealed class MemoryOptions
{
    public const string Section = "Portal:Memory";

    /// <summary>How often the heap is checked for garbage left by a burst of load; 0 turns the check off.</summary>
    public int TrimEverySeconds { get; set; } = 30;

    /// <summary>
    /// Whether each heap check that follows start-up or a burst also hands back the pages of mapped assemblies and
    /// libraries not in use (<see cref="MappedFiles"/>); off, they stay resident until the kernel needs the memory.
    /// </summary>
    public bool ReleaseMappedFiles { get; set; } = true;
}

public static class MemoryTrimServices
{
    public static IServiceCollection AddPortalMemoryTrim(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MemoryOptions>(configuration.GetSection(MemoryOptions.Section));
        services.AddHostedService<MemoryTrim>();
        return services;
    }
}
