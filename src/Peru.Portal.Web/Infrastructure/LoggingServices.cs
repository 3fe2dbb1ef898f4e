using Serilog;
using Serilog.Events;

namespace Peru.Portal.Web.Infrastructure;

public static class LoggingServices
{
    /// <summary>The host's own request logging: its lines are Information, and while it is on at any level the host
    /// starts an Activity and a log scope for every request, prepared pages included.</summary>
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// Serilog through AddSerilog, configured from appsettings (levels by <see cref="LogLevelSettings"/>, anything more by
    /// Serilog's configuration reader). No static bootstrap logger: test hosts build
    /// the app more than once in a process, and a frozen bootstrap logger breaks the second build.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // Off unless the configuration names it (Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics):
        // Serilog's request logging writes the line per request, and RequestLogContextMiddleware the request id.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.MinimumLevel.Override(HostingDiagnostics, LevelAlias.Off);
            if (LogLevelSettings.TryRead(builder.Configuration) is { } levels)
            {
                levels.ApplyTo(logger);
            }
            else
            {
                logger.ReadFrom.Configuration(builder.Configuration);
            }

            logger.ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        });
        return builder;
    }
}
