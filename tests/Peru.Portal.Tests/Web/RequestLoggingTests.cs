using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Peru.Portal.Web.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace Peru.Portal.Tests.Web;

/// <summary>Every request logged at Debug, into a sink the test reads.</summary>
public class LoggedRequestsFactory : PortalFactory
{
    public List<LogEvent> Events { get; } = [];

    protected override IEnumerable<(string Key, string Value)> Settings => [("Serilog:MinimumLevel:Default", "Debug")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new Sink(Events)));
    }

    private sealed class Sink(List<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            lock (events)
            {
                events.Add(logEvent);
            }
        }
    }
}

// The portal's Serilog logger is the process's static one (Log.Logger, as AddSerilog sets it), which the last host
// built replaces: each class here builds its host and reads its logs with no other host being built beside it.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoggingAlone
{
    public const string Name = "logging, alone";
}

/// <summary>The host's request scope is off (it would cost every cached answer an Activity and a scope); what the
/// ordinary path logs still names its request, and an operator can still turn the host's own lines on.</summary>
[Collection(LoggingAlone.Name)]
public sealed class RequestLoggingTests(LoggedRequestsFactory factory) : IClassFixture<LoggedRequestsFactory>
{
    [Fact]
    public void HostsRequestLogging_IsOffByDefault()
    {
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger(LoggingServices.HostingDiagnostics);

        Assert.False(logger.IsEnabled(LogLevel.Critical));
    }

    [Fact]
    public async Task RequestLine_CarriesTheRequestIdAndPath()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/en/peru/disbursements", UriKind.Relative));

        LogEvent[] events;
        lock (factory.Events)
        {
            events = [.. factory.Events];
        }

        var line = Assert.Single(events, e => e.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == "\"/en/peru/disbursements\""
            && e.Properties.ContainsKey("StatusCode"));
        Assert.True(line.Properties.ContainsKey("RequestId"), "no RequestId on the request line");
    }
}

/// <summary>The host's lines, named in the configuration.</summary>
public sealed class HostLoggingOnFactory : PortalFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [($"Serilog:MinimumLevel:Override:{LoggingServices.HostingDiagnostics}", "Information")];
}

[Collection(LoggingAlone.Name)]
public sealed class HostLoggingConfigurationTests(HostLoggingOnFactory factory) : IClassFixture<HostLoggingOnFactory>
{
    [Fact]
    public void HostsRequestLogging_NamedInTheConfiguration_IsOn()
    {
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger(LoggingServices.HostingDiagnostics);

        Assert.True(logger.IsEnabled(LogLevel.Information));
    }
}
