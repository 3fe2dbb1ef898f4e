using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        var result = app.Services.GetRequiredService<ContentLoader>().Load(root);
        var state = app.Services.GetRequiredService<ContentState>();
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
        await app.Services.GetRequiredService<ContentImporter>().ImportAsync(result.Content);
        state.Loaded(DateTimeOffset.UtcNow, PublishedAddresses.Reachable(result.Content), result.Content.View);
        ContentImporter.ReleaseMemory();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Content in {ContentPath} has {Count} problem(s); the portal will not start")]
    private static partial void LogNotStarting(ILogger logger, string contentPath, int count);
}
