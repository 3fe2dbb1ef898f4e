using Peru.Portal.Web.Content;
using Peru.Portal.Web.Health;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>Runs the portal until it is stopped: what the program does without a command, and what <c>preview</c> starts.</summary>
public static class PortalServer
{
    /// <summary>Exit 1, after logging why, when the content is invalid or the web root is missing; 0 once stopped.</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken stopping = default)
    {
        ProcessMemory.LimitArenas();
        var app = PortalApplication.CreateBuilder(args).Build();
        app.Services.MarkStartup("host build");
        var imported = app.StartImportingContent();
        app.UsePortal().LogStartupWhenListening();
        app.Services.MarkStartup("web pipeline");
        try
        {
            // Listens at once; returns once the content imported meanwhile is served, or could not be (StartupImport).
            // The content's problems are what an editor needs to read first, so the web root is checked after them.
            await app.StartAsync(stopping);
            if (!await imported || !app.Check())
            {
                await app.StopAsync(CancellationToken.None);
                return 1;
            }

            await app.WaitForShutdownAsync(stopping);
        }
        finally
        {
            await app.DisposeAsync();
        }

        return 0;
    }
}
