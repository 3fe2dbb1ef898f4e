namespace Peru.Portal.Web.Content;

/// <summary>
/// Imports the content again at the moment a page is due to appear or expire, so a schedule needs no edit and no
/// restart. The new import bumps the content version, which every cached page is keyed by, so no cache can keep
/// serving the page that was withheld or withdrawn. Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class PublicationClock(ContentState state, StartupImport startup, ContentWatcher watcher, TimeProvider time, ILogger<PublicationClock> logger) : BackgroundService
{
    /// <summary>A later import may bring an earlier moment: the next one is looked at again this often.</summary>
    private static readonly TimeSpan Look = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The moments are those of the content served: none before the start-up import is done.
        if (!await startup.Completion.WaitAsync(stoppingToken))
        {
            return;
        }

        DateTimeOffset? asked = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = state.Publication.NextChange;
            var now = time.GetUtcNow();
            if (next is { } due && due <= now)
            {
                // Once per moment: if that import fails (content with problems), the next edit imports again.
                if (asked != due)
                {
                    asked = due;
                    LogDue(logger, due);
                    watcher.Signal();
                }
            }

            var wait = next is { } at && at > now && at - now < Look ? at - now : Look;
            await Task.Delay(wait, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A page is due to appear or expire at {Moment}; importing the content again")]
    private static partial void LogDue(ILogger logger, DateTimeOffset moment);
}
