using Serilog;

namespace Peru.Portal.Web.Infrastructure;

public static class LoggingServices
{
    /// <summary>
    /// Serilog through AddSerilog, configured from appsettings. No static bootstrap logger: test hosts build
    /// the app more than once in a process, and a frozen bootstrap logger breaks the second build.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return builder;
    }
}
