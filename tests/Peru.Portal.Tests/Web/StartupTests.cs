using System.Diagnostics;
using Peru.Portal.Tests.Cli;

namespace Peru.Portal.Tests.Web;

public sealed class StartupTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("peru-startup-").FullName;

    public StartupTests() => ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, _copy);

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public async Task Start_WithInvalidContent_LogsTheProblemAndExitsNonZero()
    {
        var file = Path.Combine(_copy, "peru", "achievements", "2011-2012", "safer-mining.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("theme: economic-growth", "theme: mining", StringComparison.Ordinal));

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Peru.Portal.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _copy,
        };
        start.Environment["Portal__ContentPath"] = _copy;
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(_copy, "store.db")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("achievements/2011-2012/safer-mining.md:4: theme 'mining' does not exist", await output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_copy, "store.db")) && new FileInfo(Path.Combine(_copy, "store.db")).Length > 0);
    }
}
