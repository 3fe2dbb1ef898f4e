using Microsoft.Extensions.Options;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Notices edits to the content folder, waits for them to settle, then validates and imports everything
/// again. Valid content replaces the old in one transaction; invalid content is logged, reported by
/// /healthz, and the last good content keeps being served until the files are fixed.
/// </summary>
public sealed partial class ContentWatcher(
    IOptions<PortalOptions> options,
    IHostEnvironment environment,
    IConfiguration configuration,
    ContentLoader loader,
    ContentImporter importer,
    ContentState state,
    StartupImport startup,
    Microsoft.AspNetCore.OutputCaching.IOutputCacheStore pageCache,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    /// <summary>Editors save several files at once; one import follows the last of them.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    /// <summary>Long enough for the edited pages to be asked for and rendered again before memory is collected.</summary>
    private static readonly TimeSpan ReleaseAfter = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _changed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host starts listening without waiting for the watches to be set. Once the content
        // is served (the server listens during the start-up import), since the files are compared with what is served.
        await Task.Yield();
        if (!await startup.Completion.WaitAsync(stoppingToken))
        {
            return;
        }

        var root = options.Value.ResolveContentPath(environment.ContentRootPath);
        if (!Directory.Exists(root))
        {
            return;
        }

        using var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler signal = (_, _) => Signal();
        watcher.Changed += signal;
        watcher.Created += signal;
        watcher.Deleted += signal;
        watcher.Renamed += (_, _) => Signal();
        watcher.EnableRaisingEvents = true;

        // A file changed after the served content was read but before the watches were set raised no event: the
        // files are compared with what is served once, now that every later change will be seen.
        if (ContentFingerprint.TryOf(root, configuration, FileDates.FromGit(root)) != state.Fingerprint)
        {
            Signal();
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await _changed.WaitAsync(stoppingToken);

            // Wait until no change has arrived for a moment, so a batch of saves is imported once.
            while (await _changed.WaitAsync(Settle, stoppingToken))
            {
            }

            await ReloadAsync(root, stoppingToken);
        }
    }

    /// <summary>Asks for the content to be read and imported again: a file changed, or a page is due to appear or expire.</summary>
    public void Signal()
    {
        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another change got there first; one pending reload covers both.
            }
        }
    }

    private async Task ReloadAsync(string root, CancellationToken ct)
    {
        var steps = new ReloadSteps();
        try
        {
            if (!await ImportIfValidAsync(root, steps, ct))
            {
                LogReloaded(logger, steps);
                return;
            }

            // The new version already keeps old pages from being served; this frees their memory.
            await pageCache.EvictByTagAsync(Infrastructure.HttpCaching.ContentTag, ct);
            steps.Done("page cache");

            LogReloaded(logger, steps);

            // The files read and the evicted pages are garbage now: returned to the system rather than kept committed,
            // so memory stays flat across live edits. Only once ImportIfValidAsync has returned, so that its locals no
            // longer hold the content read while the collector runs; and a moment later, because the full collection
            // stops every thread, so it would hold up the very request that renders the edited page again. In the
            // background, so that a save made meanwhile is not kept waiting either.
            _ = ReleaseMemoryLaterAsync(ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            // A file renamed or locked mid-read: the next change event, or the editor's next save, retries.
            LogReloadFailed(logger, e.Message);
        }
    }

    private static async Task ReleaseMemoryLaterAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(ReleaseAfter, ct);
            Infrastructure.ProcessMemory.Release();
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the process gives all its memory back anyway.
        }
    }

    /// <summary>False when the files have problems: they are logged and the last good content stays.</summary>
    private async Task<bool> ImportIfValidAsync(string root, ReloadSteps steps, CancellationToken ct)
    {
        var gitDates = FileDates.FromGit(root);
        steps.Done("git dates");
        var fingerprint = ContentFingerprint.TryOf(root, configuration, gitDates);
        steps.Done("fingerprint");
        var result = loader.Load(root, gitDates);
        steps.Done("read");
        if (!result.IsValid)
        {
            foreach (var problem in result.Problems)
            {
                LogProblem(logger, Path.Combine(root, problem.ToString()));
            }

            LogKeptLastGood(logger, result.Problems.Count);
            state.Failed(result.Problems);
            return false;
        }

        await importer.ImportAsync(result.Content, fingerprint ?? "", ct);
        steps.Done("import");
        state.Loaded(DateTimeOffset.UtcNow, PublishedAddresses.Reachable(result.Content), fingerprint, result.Content.View);
        return true;
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content has {Count} problem(s); the portal keeps serving the last good content")]
    private static partial void LogKeptLastGood(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded: {Steps}")]
    private static partial void LogReloaded(ILogger logger, ReloadSteps steps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content reload failed: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, string reason);
}
