// Nothing but Kestrel and one endpoint: what any ASP.NET Core app pays to start, measured beside the portal.
var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => "Healthy");
app.Run();
