using Peru.Portal.Web.Cli;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Health;
using Peru.Portal.Web.Infrastructure;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

var app = PortalApplication.CreateBuilder(args).Build();
app.Services.MarkStartup("host build");
if (!await app.ImportContentAsync() || !app.Check())
{
    return 1;
}

app.UsePortal().LogStartupWhenListening();
app.Services.MarkStartup("web pipeline");
await app.RunAsync();
return 0;

public partial class Program;
