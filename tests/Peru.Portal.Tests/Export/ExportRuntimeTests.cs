using System.Diagnostics;
using Peru.Portal.Tests.Cli;
using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Export;

/// <summary>
/// <c>export</c> run from the program starts itself again with a batch job's runtime settings, keeps the caller's own,
/// and passes the exit code and output through.
/// </summary>
public sealed class ExportRuntimeTests : IDisposable
{
    private const string Apphost = "/opt/portal/Peru.Portal.Web";

    private readonly string _folder = Directory.CreateTempSubdirectory("peru-export-runtime-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Plan_Export_StartsTheProgramAgainWithTheBatchSettings()
    {
        var start = BatchRuntime.Plan(["export", "--out", "site"], Environment([]), Apphost, "/opt/portal/Peru.Portal.Web.dll", readyToRun: false);

        Assert.NotNull(start);
        Assert.Equal(Apphost, start.FileName);
        Assert.Equal(["export", "--out", "site"], start.ArgumentList);
        Assert.Equal("0x4000000", start.Environment["DOTNET_GCgen0size"]);
        Assert.Equal("0x4000000", start.Environment["DOTNET_GCGen0MaxBudget"]);
        Assert.Equal("0", start.Environment["DOTNET_TieredPGO"]);
        Assert.False(start.Environment.ContainsKey("DOTNET_TieredCompilation"));
        Assert.Equal("1", start.Environment[BatchRuntime.Marker]);
        Assert.False(start.UseShellExecute);
        Assert.False(start.RedirectStandardOutput || start.RedirectStandardError);
    }

    [Fact]
    public void Plan_CodeCompiledAheadOfTime_TurnsTieredCompilationOff()
    {
        var start = BatchRuntime.Plan(["export", "--out", "site"], Environment([]), Apphost, "/opt/portal/Peru.Portal.Web.dll", readyToRun: true);

        Assert.Equal("0", start!.Environment["DOTNET_TieredCompilation"]);
    }

    [Fact]
    public void Plan_UnderTheDotnetHost_NamesTheAssemblyFirst()
    {
        var start = BatchRuntime.Plan(["export", "--out", "site"], Environment([]), "/usr/share/dotnet/dotnet", "/opt/portal/Peru.Portal.Web.dll", readyToRun: false);

        Assert.Equal("/usr/share/dotnet/dotnet", start!.FileName);
        Assert.Equal(["/opt/portal/Peru.Portal.Web.dll", "export", "--out", "site"], start.ArgumentList);
    }

    [Fact]
    public void Plan_SettingsTheCallerGave_AreKeptAsGiven()
    {
        var start = BatchRuntime.Plan(
            ["export", "--out", "site"],
            Environment(new() { ["DOTNET_GCGen0MaxBudget"] = "0x200000", ["COMPlus_TieredPGO"] = "1" }),
            Apphost,
            "/opt/portal/Peru.Portal.Web.dll",
            readyToRun: false);

        Assert.False(start!.Environment.ContainsKey("DOTNET_TieredPGO"));
        Assert.NotEqual("0x4000000", start.Environment.TryGetValue("DOTNET_GCGen0MaxBudget", out var kept) ? kept : null);
        Assert.Equal("0x4000000", start.Environment["DOTNET_GCgen0size"]);
    }

    [Fact]
    public void Plan_EverySettingGiven_RunsTheExportHere()
    {
        var given = BatchRuntime.ExportSettings(readyToRun: true).ToDictionary(s => s.Name, s => (string?)s.Value);

        Assert.Null(BatchRuntime.Plan(["export", "--out", "site"], Environment(given), Apphost, "/opt/portal/Peru.Portal.Web.dll", readyToRun: true));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("preview")]
    [InlineData("report")]
    public void Plan_OtherCommands_RunHere(string command) =>
        Assert.Null(BatchRuntime.Plan([command], Environment([]), Apphost, "/opt/portal/Peru.Portal.Web.dll", readyToRun: false));

    [Fact]
    public void Plan_InTheProcessStartedAgain_RunsTheExportThere() =>
        Assert.Null(BatchRuntime.Plan(["export", "--out", "site"], Environment(new() { [BatchRuntime.Marker] = "1" }), Apphost, "/opt/portal/Peru.Portal.Web.dll", readyToRun: false));

    [Fact]
    public void IsReadyToRun_TheTestsBuild_IsNot() =>
        Assert.False(BatchRuntime.IsReadyToRun(Path.Combine(AppContext.BaseDirectory, "Peru.Portal.Web.dll")));

    [Fact]
    public async Task Export_RunAsAProgram_WritesTheSiteAndExitsZero()
    {
        var content = Path.Combine(_folder, "content");
        var site = Path.Combine(_folder, "site");
        ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, content);

        var (exit, output, error) = await RunProgramAsync("export", "--content", content, "--out", site);

        Assert.True(exit == 0, error);
        Assert.Contains("pages, ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "en", "peru", "index.html")));
    }

    [Fact]
    public async Task Export_RunAsAProgramWithoutOut_ExitsTwoAndSaysWhy()
    {
        var (exit, _, error) = await RunProgramAsync("export");

        Assert.Equal(2, exit);
        Assert.Contains("export needs --out DIR", error, StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(Dictionary<string, string?> variables) =>
        name => variables.GetValueOrDefault(name);

    private async Task<(int Exit, string Output, string Error)> RunProgramAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Peru.Portal.Web.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.Environment.Remove(BatchRuntime.Marker);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
