using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Feeds;
using Peru.Portal.Web.Health;
using Peru.Portal.Web.Infrastructure.PreparedPages;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.OpenApi;
using Peru.Portal.Web.OpenData.Iati;
using Peru.Portal.Web.Search;
using Serilog;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// The portal's composition, shared by the web host and by commands that render pages in process
/// (the static export), so both serve exactly the same pages.
/// </summary>
public static class PortalApplication
{
    /// <param name="args">The host's settings, as on a command line.</param>
    /// <param name="snapshot">
    /// Content already read and checked from the folder the settings name, for a command that renders it once as it is
    /// (the export): the host imports that read rather than reading the files again, and does not watch them, since an
    /// edit made meanwhile would be imported halfway through and mix two versions of the site in one export.
    /// </param>
    public static WebApplicationBuilder CreateBuilder(string[] args, (string Root, ContentLoadResult Read)? snapshot = null)
    {
        var timeline = new StartupTimeline();
        var builder = WebApplication.CreateBuilder(WebRoot.Options(args));
        builder.Services.AddSingleton(timeline);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.AddPortalLogging();

        // One table of languages for routes, localization and import, read once from the file and configuration.
        var languages = LanguageTable.From(builder.Configuration);

        // The content is read on the second core while the host registers and builds everything else.
        if (snapshot is not { } read || !StartupRead.TryUse(builder, read.Root, read.Read, languages))
        {
            StartupRead.Begin(builder, languages, timeline);
        }

        builder.Services.AddPortalContent(builder.Configuration, watch: snapshot is null);
        builder.Services.AddPortalStore(builder.Configuration, builder.Environment);
        builder.Services.AddPortalHealth();
        builder.Services.AddPortalSearch(builder.Configuration);
        builder.Services.AddPortalFeeds();
        builder.Services.AddPortalLocalization(languages);
        builder.Services.AddPortalWeb(builder.Configuration, languages);
        builder.Services.AddPortalForwardedHeaders(builder.Configuration);
        builder.Services.AddPortalIati(builder.Configuration);
        builder.Services.AddPortalOpenApi();
        Share.ShareServices.AddPortalShareImages(builder.Services, builder.Configuration, builder.Environment);
        timeline.Mark("host configuration");
        return builder;
    }

    /// <param name="app">The application to give the portal's pipeline.</param>
    /// <param name="logRequests">
    /// Whether each request is logged (slow and failed ones at the default level) with its id and path on what it logs.
    /// The export turns it off: it names every address that did not answer as it should, and no reader waits on it.
    /// </param>
    public static WebApplication UsePortal(this WebApplication app, bool logRequests = true)
    {
        // First: a request that arrives while the content is still imported at start waits for it here.
        app.UseMiddleware<StartupGateMiddleware>();

        // Next: everything after it (rate limit, logs, HSTS) must see the reader, not the proxy.
        app.UsePortalForwardedHeaders();

        // Next: a page already rendered for the current content is answered here, before everything below.
        app.UsePortalPreparedPages();

        // MVC registers authentication and authorization, and WebApplication would put both ahead of everything
        // (a request scope per request) unless the pipeline places them: here, where they ran before for the
        // ordinary path (ahead of routing: no scheme or policy is configured, so they let every request through).
        app.UseAuthentication();
        app.UseAuthorization();

        if (logRequests)
        {
            // The request id and path on what the ordinary path logs, which the host's own scope no longer adds (LoggingServices).
            app.UseMiddleware<RequestLogContextMiddleware>();

            // A request line per page view would cost more than serving a cached page: only slow or failed requests
            // are written at the default level (set Serilog's minimum level to Debug to see every request).
            app.UseSerilogRequestLogging(options =>
            {
                options.GetLevel = (context, elapsedMs, error) =>
                    error is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                    : elapsedMs > 1000 ? Serilog.Events.LogEventLevel.Warning
                    : Serilog.Events.LogEventLevel.Debug;
                options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
            });
        }

        app.UsePortalWeb();
        app.MapHealthChecks(HealthServices.Path);
        app.MapPortalOpenApi();
        return app;
    }
}
