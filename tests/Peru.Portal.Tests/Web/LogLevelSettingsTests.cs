using Microsoft.Extensions.Configuration;
using Peru.Portal.Web.Infrastructure;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// The levels the portal applies itself from <c>Serilog:MinimumLevel</c> are those Serilog's configuration reader
/// gives for the same settings, source by source, and follow a reload as the reader's do; anything else in the section
/// is left to the reader.
/// </summary>
public sealed class LogLevelSettingsTests
{
    private static readonly string[] Sources =
    [
        "Peru.Portal.Web.Startup", "Microsoft.AspNetCore", "Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.EntityFrameworkCore.Database.Command",
        "Microsoft.EntityFrameworkCore", "System.Net.Http", "Serilog.AspNetCore.RequestLoggingMiddleware",
    ];

    public static TheoryData<string> LevelSettings => new()
    {
        "Default=Information;Override:Microsoft.AspNetCore=Warning;Override:Microsoft.EntityFrameworkCore=Warning",
        "Default=Warning;Override:Peru.Portal.Web.Startup=Information",
        "Default=Debug",
        "=Error",
        "=Verbose;Override:Microsoft=Fatal",
        "Override:Microsoft.AspNetCore.Hosting.Diagnostics=Information",
        "Default=Warning;Override:Microsoft.AspNetCore.Hosting.Diagnostics=Debug;Override:Microsoft=Error",
        "Default=2",
    };

    [Theory]
    [MemberData(nameof(LevelSettings))]
    public void Levels_AreThoseOfSerilogsReader_ForEverySource(string settings)
    {
        var configuration = Configuration(settings);

        using var ours = Logger(configuration, useReader: false);
        using var readers = Logger(configuration, useReader: true);

        Assert.Equal(Enabled(readers), Enabled(ours));
    }

    [Fact]
    public void Levels_FollowAReload_AsTheReadersDo()
    {
        var provider = new Settable(("Serilog:MinimumLevel:Default", "Warning"), ("Serilog:MinimumLevel:Override:Microsoft", "Error"));
        var configuration = new ConfigurationBuilder().Add(new SettableSource(provider)).Build();
        using var ours = Logger(configuration, useReader: false);
        using var readers = Logger(configuration, useReader: true);

        provider.Change(("Serilog:MinimumLevel:Default", "Debug"), ("Serilog:MinimumLevel:Override:Microsoft", "Information"));

        Assert.True(ours.ForContext(Constants.SourceContextPropertyName, "Peru.Portal.Web").IsEnabled(LogEventLevel.Debug));
        Assert.True(ours.ForContext(Constants.SourceContextPropertyName, "Microsoft.AspNetCore").IsEnabled(LogEventLevel.Information));
        Assert.Equal(Enabled(readers), Enabled(ours));
    }

    [Theory]
    [InlineData("Serilog:WriteTo:0:Name", "Console")]
    [InlineData("Serilog:Using:0", "Serilog.Sinks.File")]
    [InlineData("Serilog:Enrich:0", "FromLogContext")]
    [InlineData("Serilog:Properties:Application", "Peru.Portal")]
    [InlineData("Serilog:LevelSwitches:$switch", "Debug")]
    [InlineData("Serilog:MinimumLevel:ControlledBy", "$switch")]
    [InlineData("Serilog:MinimumLevel:Override:Microsoft", "$switch")]
    [InlineData("Serilog:MinimumLevel:Default", "debug")]
    [InlineData("Serilog:MinimumLevel:Default", "Loud")]
    public void AnyOtherSetting_IsLeftToSerilogsReader(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        Assert.Null(LogLevelSettings.TryRead(configuration));
    }

    [Fact]
    public void NoSerilogSection_LeavesSerilogsOwnDefault()
    {
        var configuration = new ConfigurationBuilder().Build();

        using var ours = Logger(configuration, useReader: false);

        Assert.True(ours.IsEnabled(LogEventLevel.Information));
        Assert.False(ours.IsEnabled(LogEventLevel.Debug));
    }

    /// <summary>"Default=Warning;Override:X=Information" as Serilog:MinimumLevel settings; "=Error" is the short form.</summary>
    private static IConfiguration Configuration(string settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Split(';').Select(pair =>
        {
            var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            return new KeyValuePair<string, string?>(key.Length == 0 ? "Serilog:MinimumLevel" : $"Serilog:MinimumLevel:{key}", value);
        })).Build();

    private static Logger Logger(IConfiguration configuration, bool useReader)
    {
        var logger = new LoggerConfiguration().MinimumLevel.Override(LoggingServices.HostingDiagnostics, LevelAlias.Off);
        if (useReader)
        {
            logger.ReadFrom.Configuration(configuration);
        }
        else
        {
            var levels = LogLevelSettings.TryRead(configuration);
            Assert.NotNull(levels);
            levels.ApplyTo(logger);
        }

        return logger.CreateLogger();
    }

    private static List<string> Enabled(Logger logger) =>
        [.. Sources.SelectMany(source => Enum.GetValues<LogEventLevel>()
            .Where(level => logger.ForContext(Constants.SourceContextPropertyName, source).IsEnabled(level))
            .Select(level => $"{source} {level}"))];

    private sealed class SettableSource(Settable provider) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => provider;
    }

    /// <summary>A configuration whose values change and reload, as appsettings.json does when it is edited.</summary>
    private sealed class Settable : ConfigurationProvider
    {
        public Settable(params (string Key, string Value)[] values) => Set(values);

        public void Change(params (string Key, string Value)[] values)
        {
            Set(values);
            OnReload();
        }

        private void Set((string Key, string Value)[] values)
        {
            foreach (var (key, value) in values)
            {
                Data[key] = value;
            }
        }
    }
}
