using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace Peru.Portal.Web.Cli;

/// <summary>
/// Runs <c>export</c> in a process of its own, whose runtime is set for a batch job rather than for the web server.
/// </summary>
/// <remarks>
/// The runtime reads its collector and compiler settings once, as it starts, from the environment or from
/// <c>runtimeconfig.json</c>; nothing changes them afterwards. The project's are the web server's: a young generation
/// capped at 2 MiB (<c>System.GC.Gen0MaxBudget</c>) keeps a crowd's memory small. An export allocates over a gigabyte
/// in a few seconds: under that cap it ran about 700 collections, with a 64 MiB young generation about 30, for 10 to 19%
/// less CPU (docs/performance.md, "Export, ninth round"). Its code is also compiled once and run a few thousand
/// times, so re-compiling it with a profile only costs. So the command starts the same program again with those
/// settings in its environment and waits for it, passing its exit code and stop signals through (the output is the
/// same console, inherited). A setting the caller put in the environment is kept; with every one set, nothing is
/// started again. Written here because no library starts a .NET program again with runtime settings.
/// </remarks>
public static class BatchRuntime
{
    /// <summary>Set in the second process, so it runs the command rather than start a third.</summary>
    public const string Marker = "PERU_PORTAL_BATCH_RUNTIME";

    private const int SigHup = 1;
    private const int SigTerm = 15;

    /// <summary>What an export's runtime is given, in the variables it reads.</summary>
    /// <param name="readyToRun">Whether the portal's code was compiled ahead of time (a ReadyToRun publish).</param>
    public static IReadOnlyList<(string Name, string Value)> ExportSettings(bool readyToRun) =>
    [
        // The young generation's smallest and largest budget: both, since the project's cap would bound the first.
        ("DOTNET_GCgen0size", "0x4000000"),
        ("DOTNET_GCGen0MaxBudget", "0x4000000"),
        ("DOTNET_TieredPGO", "0"),

        // Code compiled ahead of time is used as it is; under dotnet run nothing is, and the JIT's quick first tier is cheaper.
        .. readyToRun ? [("DOTNET_TieredCompilation", "0")] : Array.Empty<(string, string)>(),
    ];

    /// <summary>The process to start for <paramref name="args"/> in this process, or null to run the command here.</summary>
    public static ProcessStartInfo? Plan(string[] args) =>
        args is ["export", ..] && Environment.GetEnvironmentVariable(Marker) is null
            ? Plan(args, Environment.GetEnvironmentVariable, Environment.ProcessPath, typeof(BatchRuntime).Assembly.Location, IsReadyToRun(typeof(BatchRuntime).Assembly.Location))
            : null; // other commands, and the export's own second process, never read the assembly's header

    /// <summary>The process to start for <paramref name="args"/>, or null to run the command in this process.</summary>
    /// <param name="args">The command line, the command first.</param>
    /// <param name="environment">Reads one variable of this process's environment.</param>
    /// <param name="processPath">This process's executable: the portal's own, or the <c>dotnet</c> host.</param>
    /// <param name="entryAssembly">The portal's assembly, which the <c>dotnet</c> host is given first.</param>
    /// <param name="readyToRun">Whether that assembly was compiled ahead of time.</param>
    public static ProcessStartInfo? Plan(string[] args, Func<string, string?> environment, string? processPath, string entryAssembly, bool readyToRun)
    {
        if (args is not ["export", ..] || environment(Marker) is not null || string.IsNullOrEmpty(processPath))
        {
            return null;
        }

        var host = Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        if (host && string.IsNullOrEmpty(entryAssembly))
        {
            return null; // a single-file app: no assembly to name, and nothing to start but itself
        }

        // The runtime reads each setting under either prefix; one the caller gave under either is theirs.
        var missing = ExportSettings(readyToRun)
            .Where(s => environment(s.Name) is null && environment("COMPlus_" + s.Name["DOTNET_".Length..]) is null)
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var start = new ProcessStartInfo(processPath) { UseShellExecute = false };
        if (host)
        {
            start.ArgumentList.Add(entryAssembly);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in missing)
        {
            start.Environment[name] = value;
        }

        start.Environment[Marker] = "1";
        return start;
    }

    /// <summary>Starts the process, waits for it and gives its exit code.</summary>
    public static async Task<int> RunAsync(ProcessStartInfo start)
    {
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName}: could not be started");

        // A terminal's Ctrl+C and Ctrl+\ reach every process of the group, the child too: this one only waits for it.
        // A stop sent to this process alone (a service manager's, kill) is passed on, so the export stops as it would.
        var signals = OperatingSystem.IsWindows()
            ? []
            : new[]
            {
                PosixSignalRegistration.Create(PosixSignal.SIGINT, c => c.Cancel = true),
                PosixSignalRegistration.Create(PosixSignal.SIGQUIT, c => c.Cancel = true),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Forward(c, child, SigTerm)),
                PosixSignalRegistration.Create(PosixSignal.SIGHUP, c => Forward(c, child, SigHup)),
            };
        try
        {
            await child.WaitForExitAsync();
            return child.ExitCode;
        }
        finally
        {
            foreach (var signal in signals)
            {
                signal.Dispose();
            }
        }
    }

    /// <summary>Whether the assembly carries code compiled ahead of time (a ReadyToRun header).</summary>
    public static bool IsReadyToRun(string assembly)
    {
        if (string.IsNullOrEmpty(assembly) || !File.Exists(assembly))
        {
            return false;
        }

        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static void Forward(PosixSignalContext context, Process child, int signal)
    {
        context.Cancel = true;
        if (!child.HasExited)
        {
            _ = Native.kill(child.Id, signal);
        }
    }

    private static class Native
    {
        [DllImport("libc", ExactSpelling = true, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int kill(int pid, int sig);
    }
}
