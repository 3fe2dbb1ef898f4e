using Microsoft.Extensions.Primitives;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Serilog's levels from configuration (<c>Serilog:MinimumLevel</c>, its <c>Default</c> and each <c>Override</c>), applied
/// the way Serilog's configuration reader applies them: a level switch each, set again when the configuration reloads.
/// Written here because the reader, whatever the section holds, first scans the application's dependencies and loads
/// every assembly named like a Serilog package to look for sinks and enrichers; at start that is tens of milliseconds
/// before the first log line. When the section holds anything else (sinks, enrichers, level switches, properties) or a
/// value this class would read differently, the reader is used as before, so every Serilog setting keeps working.
/// </summary>
internal sealed class LogLevelSettings
{
    public const string Section = "Serilog";

    private const string MinimumLevel = "MinimumLevel";
    private const string Default = MinimumLevel + ":Default";
    private const string Override = MinimumLevel + ":Override";

    private readonly IConfigurationSection? _default;
    private readonly IReadOnlyList<IConfigurationSection> _overrides;

    private LogLevelSettings(IConfigurationSection? defaultLevel, IReadOnlyList<IConfigurationSection> overrides)
    {
        _default = defaultLevel;
        _overrides = overrides;
    }

    /// <summary>The levels the section gives, or null when it holds anything the reader alone understands.</summary>
    public static LogLevelSettings? TryRead(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        foreach (var (key, value) in section.AsEnumerable(makePathsRelative: true))
        {
            if (value is null)
            {
                // A section with children: only MinimumLevel and its Override hold the levels.
                if (key is not (MinimumLevel or Override))
                {
                    return null;
                }

                continue;
            }

            var isLevel = key is MinimumLevel or Default || IsOverride(key);

            // Serilog reads an override that is not a level name as a level switch's name: the reader's business.
            if (!isLevel || !Enum.TryParse<LogEventLevel>(value, out _))
            {
                return null;
            }
        }

        var minimum = section.GetSection(MinimumLevel);
        var defaultLevel = minimum.Value is not null ? minimum : minimum.GetSection("Default") is { Value: not null } d ? d : null;
        return new(defaultLevel, [.. minimum.GetSection("Override").GetChildren()]);
    }

    /// <summary>The same levels and switches as <c>ReadFrom.Configuration</c> would set.</summary>
    public void ApplyTo(LoggerConfiguration logger)
    {
        if (_default is not null)
        {
            logger.MinimumLevel.ControlledBy(Follow(_default));
        }

        foreach (var directive in _overrides)
        {
            logger.MinimumLevel.Override(directive.Key, Follow(directive));
        }
    }

    private static bool IsOverride(string key) =>
        key.StartsWith(Override + ":", StringComparison.Ordinal) && key.IndexOf(':', Override.Length + 1) < 0;

    private static LoggingLevelSwitch Follow(IConfigurationSection directive)
    {
        var level = new LoggingLevelSwitch(Enum.Parse<LogEventLevel>(directive.Value!));

        // As the reader does: a level changed in appsettings.json applies without a restart; a value that is no
        // longer a level leaves the last one.
        ChangeToken.OnChange(directive.GetReloadToken, () =>
        {
            if (Enum.TryParse<LogEventLevel>(directive.Value, out var changed))
            {
                level.MinimumLevel = changed;
            }
        });
        return level;
    }
}
