using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Health;

namespace Peru.Portal.Web.Content;

public static partial class ContentServices
{
    /// <summary>The content's reading, import, state and watching.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration, for <see cref="PortalOptions"/>.</param>
    /// <param name="watch">Whether the files are watched, and imported again when they change or a page falls due.</param>
    public static IServiceCollection AddPortalContent(this IServiceCollection services, IConfiguration configuration, bool watch = true)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<ContentState>();
        services.AddSingleton<StartupImport>();
        services.TryAddSingleton(TimeProvider.System);
        if (watch)
        {
            services.AddSingleton<ContentWatcher>();
            services.AddHostedService(s => s.GetRequiredService<ContentWatcher>());
            services.AddHostedService<PublicationClock>();
        }

        // Last of the portal's own: its StartedAsync waits for the start-up import once the server listens.
        services.AddHostedService(s => s.GetRequiredService<StartupImport>());
        return services;
    }

    /// <summary>
    /// Loads, validates and imports the content before the portal takes requests.
    /// Returns false, after logging every problem, when the content is invalid: the portal never serves half of it.
    /// </summary>
    public static Task<bool> ImportContentAsync(this WebApplication app) => ImportContentAsync(app, alongside: false);

    /// <summary>
    /// Starts <see cref="ImportContentAsync(WebApplication)"/> on another thread, so that on a new store reading, checking
    /// and importing the content (most of a start-up) runs on the second core while the host builds its web pipeline,
    /// starts its server and listens. The host's start ends once it is done (<see cref="StartupImport"/>), and no
    /// request is answered before (<see cref="Infrastructure.StartupGateMiddleware"/>): none ever sees a store being
    /// written.
    /// </summary>
    public static Task<bool> StartImportingContent(this WebApplication app)
    {
        var imported = Task.Run(() => ImportContentAsync(app, alongside: true));
        app.Services.GetRequiredService<StartupImport>().Track(imported);
        return imported;
    }

    private static async Task<bool> ImportContentAsync(WebApplication app, bool alongside)
    {
        var phases = app.Services.StartupPhases(alongside ? "content" : null);
        var options = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var root = options.ResolveContentPath(app.Environment.ContentRootPath);
        var logger = app.Services.GetRequiredService<ILogger<ContentImporter>>();
        var state = app.Services.GetRequiredService<ContentState>();
        var store = app.Services.GetRequiredService<Data.StoreLocation>();

        // A restart on the very files (and build) the store was made from serves that store as it is: reading,
        // rendering and importing again would write the same rows. Anything else imports as before. The read may have
        // begun while the host was built; it is the same read, of the same folder, store and languages.
        var read = await (app.Services.GetService<StartupRead>()?.For(root, store, app.Configuration)
            ?? ContentRead.OfAsync(root, app.Configuration, store, app.Services.GetRequiredService<ContentLoader>, phases));
        phases.Resume();
        var fingerprint = read.Fingerprint;
        if (read.Stored is { } stored)
        {
            var languages = app.Services.GetRequiredService<Localization.LanguageTable>();
            state.Loaded(stored.ImportedAt, PublishedAddresses.Reachable(languages, PublishedAddresses.From(languages, stored.PagePaths, stored.Countries)), fingerprint);
            LogReused(logger, stored.ImportedAt);
            phases.Mark("addresses");
            WarmStoreWhenListening(app);
            return true;
        }

        var result = read.Loaded!;
        if (!result.IsValid)
        {
            foreach (var problem in result.Problems)
            {
                LogProblem(logger, Path.Combine(root, problem.ToString()));
            }

            LogNotStarting(logger, root, result.Problems.Count);
            state.Failed(result.Problems);
            return false;
        }

        // A plain connection, not a context: EF Core's first context (its services, the relational model) cost about
        // half a second here, and the pages' first query pays it instead, warmed once the server listens.
        await using (var connection = await Data.PortalStore.CreateAsync(store))
        {
            phases.Mark("store created");
            await app.Services.GetRequiredService<ContentImporter>().ImportAsync(result.Content, fingerprint ?? "", connection);
        }

        phases.Mark("import");
        WarmStoreWhenListening(app);
        state.Loaded(DateTimeOffset.UtcNow, PublishedAddresses.Reachable(result.Content), fingerprint, result.Content.View);
        result.Content.ReleaseRows();
        phases.Mark("addresses");
        return true;
    }

    /// <summary>
    /// Once the server listens, runs one page's query on another thread, so that EF Core's own start-up (its services,
    /// the relational model, the query pipeline), which start-up no longer needs, is not paid by the first reader.
    /// </summary>
    private static void WarmStoreWhenListening(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            var stopping = app.Lifetime.ApplicationStopping;
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                var language = scope.ServiceProvider.GetRequiredService<Localization.LanguageTable>().Default.Code;
                await scope.ServiceProvider.GetRequiredService<Data.CountryRepository>().ListCountriesAsync(language, stopping);
                app.Services.GetService<StartupTimeline>()?.LogAfterStart(app.Services.GetRequiredService<ILoggerFactory>(), "the store's first query");
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                // The portal stopped first (a short-lived test host): nothing was needed.
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                // Only a warm-up: the pages' own queries report what is wrong with the store, where a reader sees it.
                LogWarmUpFailed(app.Services.GetRequiredService<ILogger<ContentImporter>>(), e);
            }
        }, CancellationToken.None));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store's first query, run once the server listened to warm EF Core, failed")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store already holds this content (imported at {ImportedAt:O}, same files, same build): serving it without importing again")]
    private static partial void LogReused(ILogger logger, DateTimeOffset importedAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Content in {ContentPath} has {Count} problem(s); the portal will not start")]
    private static partial void LogNotStarting(ILogger logger, string contentPath, int count);
}
