namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Where the portal's own files are. ASP.NET Core takes the working folder as the content root, so a published
/// portal started from anywhere else (<c>dotnet /srv/app/Peru.Portal.Web.dll</c> from a service manager or a
/// container) served its pages without stylesheets. A published portal carries its web root beside its
/// assembly, so that folder is the content root unless one is given explicitly.
/// </summary>
public static partial class WebRoot
{
    /// <summary>A file every page links to: without it the web root is not the portal's.</summary>
    public const string Probe = "css/site.css";

    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = PublishedContentRoot(args),
    };

    private static string? PublishedContentRoot(string[] args)
    {
        var explicitRoot = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 };
        var beside = AppContext.BaseDirectory;
        return !explicitRoot && Directory.Exists(Path.Combine(beside, "wwwroot")) ? beside : null;
    }

    /// <summary>False, after saying why, when the stylesheets cannot be found: better no portal than an unstyled one.</summary>
    public static bool Check(this WebApplication app)
    {
        if (app.Environment.WebRootFileProvider.GetFileInfo(Probe).Exists)
        {
            return true;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Peru.Portal.Web.Startup");
        var webRoot = app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot");
        LogMissing(logger, webRoot, Probe);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The web root {WebRoot} has no {Probe}: pages would be served without their stylesheets, so the portal will not start. Start the published portal from its folder, or name its folder with --contentRoot.")]
    private static partial void LogMissing(ILogger logger, string webRoot, string probe);
}
