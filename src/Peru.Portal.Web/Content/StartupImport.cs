using Peru.Portal.Web.Health;

namespace Peru.Portal.Web.Content;

/// <summary>
/// The content's import at start, which the server no longer waits for before it listens: binding the server and
/// building its request pipeline (about a tenth of a start) run while the content is read and imported on the other
/// core. The host's start still ends with the content in: this service's <see cref="StartedAsync"/> runs once the
/// server listens and before the host reports it has started, and waits for the import, so that everything tied to
/// <see cref="IHostApplicationLifetime.ApplicationStarted"/> (the first store query, the mapped files' release, the
/// start-up line, a test host's first request) still means "listening, with the content served". Requests that arrive sooner
/// wait at <see cref="Infrastructure.StartupGateMiddleware"/>. A host that imports before it starts (the static
/// export, commands) tracks nothing, and nothing waits.
/// </summary>
public sealed class StartupImport(ContentState state, StartupTimeline? timeline = null) : IHostedLifecycleService
{
    private readonly TaskCompletionSource<bool> _served = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task<bool>? _imported;
    private volatile bool _starting;

    /// <summary>Completes once the start-up import has ended: true when the content is served, false when it is not.</summary>
    public Task<bool> Completion => _imported is null ? Task.FromResult(true) : _served.Task;

    /// <summary>
    /// True once content is served: what every request after the start sees, at the cost of two field reads. Only once the
    /// memory the start-up read used has been handed back, so that no reader (nor <c>/healthz</c>) meets a portal
    /// still holding it: on the 33,099-file set, 347 MiB at the first healthy answer when it was released after, 111 now.
    /// </summary>
    public bool IsServing => !_starting && state.IsLoaded;

    /// <summary>The import the host's start waits for (see the class): called before the host starts.</summary>
    public void Track(Task<bool> imported)
    {
        _imported = imported;
        _starting = true;
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        timeline?.Mark("server start");
        if (_imported is null)
        {
            return;
        }

        // A failed import returns here too: the caller stops the host and exits, and nothing started meanwhile looks
        // at the content, since each waits for it to be served (the watcher, the publication clock).
        var imported = await _imported.WaitAsync(cancellationToken);
        timeline?.Mark("waiting for the content");
        if (imported)
        {
            // The files read are garbage now that their import's method has returned (a collection while it still ran
            // found them referenced).
            Infrastructure.ProcessMemory.Release();
            timeline?.Mark("start-up memory released");
            _starting = false;
        }

        _served.TrySetResult(imported);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
