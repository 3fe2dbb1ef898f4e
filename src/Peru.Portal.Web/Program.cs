using Peru.Portal.Web.Cli;
using Peru.Portal.Web.Infrastructure;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

return await PortalServer.RunAsync(args);

public partial class Program;
