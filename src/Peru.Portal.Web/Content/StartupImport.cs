using Peru.Portal.Web.Health;

namespace Peru.Portal.Web.Content;

/// <summary>
/// The content's import at start, which the server no longer waits for before it listens: binding the server and
/// building its request pipeline (about a tenth of a start) run while the content is read and imported on the other
/// core. The host's start still ends with the content in: this service's <see cref="StartedAsync"/> runs once the
/// server listens and before the host reports it has started, and waits for the import, so that everything tied to
/// <see cref="IHostApplicationLifetime.ApplicationStarted"/> (the first store query, memory released, the start-up
/// line, a test host's first request) still means "listening, with the content served". Requests that arrive sooner
/// wait at <see cref="Infrastructure.StartupGateMiddleware"/>. A host that imports before it starts (the static
/// export, commands) tracks nothing, and nothing waits.
/// </summary>
public sealed class StartupImport(ContentState state, StartupTimeline? timeline = null) : IHostedLifecycleService
{
    private Task<bool> _imported = Task.FromResult(true);

    /// <summary>Completes once the start-up import has ended: true when the content is served, false when it is not.</summary>
    public Task<bool> Completion => _imported;

    /// <summary>True once content is served: what every request after the start sees, at the cost of one read.</summary>
    public bool IsServing => state.IsLoaded;

    /// <summary>The import the host's start waits for (see the class): called before the host starts.</summary>
    public void Track(Task<bool> imported) => _imported = imported;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        timeline?.Mark("server start");

        // A failed import returns here too: the caller stops the host and exits, and nothing started meanwhile looks
        // at the content, since each waits for it to be served (the watcher, the publication clock).
        await _imported.WaitAsync(cancellationToken);
        timeline?.Mark("waiting for the content");
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
