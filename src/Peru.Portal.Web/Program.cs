using Peru.Portal.Web.Cli;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Health;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Search;
using Serilog;

if (CommandLine.IsCommand(args))
{
    return CommandLine.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.AddPortalLogging();
builder.Services.AddPortalContent(builder.Configuration);
builder.Services.AddPortalStore(builder.Configuration, builder.Environment);
builder.Services.AddPortalHealth();
builder.Services.AddPortalSearch(builder.Configuration);
builder.Services.AddPortalLocalization();
builder.Services.AddPortalWeb();

var app = builder.Build();
if (!await app.ImportContentAsync())
{
    return 1;
}

app.UseSerilogRequestLogging();
app.UsePortalWeb();
app.MapHealthChecks("/healthz");
await app.RunAsync();
return 0;

public partial class Program;
