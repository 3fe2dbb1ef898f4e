using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Health;

namespace Peru.Portal.Web.Content;

public static partial class ContentServices
{
    public static IServiceCollection AddPortalContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<ContentState>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ContentWatcher>();
        services.AddHostedService(s => s.GetRequiredService<ContentWatcher>());
        services.AddHostedService<PublicationClock>();
        return services;
    }

    /// <summary>
    /// Loads, validates and imports the content before the portal takes requests.
    /// Returns false, after logging every problem, when the content is invalid: the portal never serves half of it.
    /// </summary>
    public static async Task<bool> ImportContentAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var root = options.ResolveContentPath(app.Environment.ContentRootPath);
        var logger = app.Services.GetRequiredService<ILogger<ContentImporter>>();
        var state = app.Services.GetRequiredService<ContentState>();

        // A restart on the very files (and build) the store was made from serves that store as it is: reading,
        // rendering and importing again would write the same rows. Anything else imports as before.
        // git runs in its own process while the files are hashed.
        var dates = Task.Run(() => FileDates.FromGit(Path.GetFullPath(root)));
        var fingerprint = await ContentFingerprint.TryOfAsync(root, app.Configuration, dates);
        var gitDates = await dates;
        app.Services.MarkStartup("content fingerprint");
        if (fingerprint is not null && await Data.StoredImport.FindAsync(app.Services.GetRequiredService<Data.StoreLocation>(), fingerprint) is { } stored)
        {
            var languages = app.Services.GetRequiredService<Localization.LanguageTable>();
            state.Loaded(stored.ImportedAt, PublishedAddresses.Reachable(languages, PublishedAddresses.From(languages, stored.PagePaths, stored.Countries)), fingerprint);
            LogReused(logger, stored.ImportedAt);
            app.Services.MarkStartup("store reused");
            return true;
        }

        var result = app.Services.GetRequiredService<ContentLoader>().Load(root, gitDates);
        app.Services.MarkStartup("content read and checked");
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

        await Data.PortalStore.RecreateAsync(app.Services);
        app.Services.MarkStartup("store created");
        await app.Services.GetRequiredService<ContentImporter>().ImportAsync(result.Content, fingerprint ?? "");
        app.Services.MarkStartup("import");
        state.Loaded(DateTimeOffset.UtcNow, PublishedAddresses.Reachable(result.Content), fingerprint, result.Content.View);
        ContentImporter.ReleaseMemory();
        app.Services.MarkStartup("addresses and memory release");
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The store already holds this content (imported at {ImportedAt:O}, same files, same build): serving it without importing again")]
    private static partial void LogReused(ILogger logger, DateTimeOffset importedAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Content in {ContentPath} has {Count} problem(s); the portal will not start")]
    private static partial void LogNotStarting(ILogger logger, string contentPath, int count);
}
