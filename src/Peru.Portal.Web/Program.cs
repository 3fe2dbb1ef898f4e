using Peru.Portal.Web.Cli;
using Peru.Portal.Web.Infrastructure;

if (CommandLine.IsCommand(args))
{
    // An export runs in a process of its own, started with a batch job's runtime settings (BatchRuntime).
    if (BatchRuntime.Plan(args) is { } batch)
    {
        return await BatchRuntime.RunAsync(batch);
    }

    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

return await PortalServer.RunAsync(args);

public partial class Program;
