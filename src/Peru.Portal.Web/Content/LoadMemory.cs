namespace Peru.Portal.Web.Content;

/// <summary>
/// Keeps a large load's garbage from piling up. Reading a file leaves most of what it allocated (its bytes, text,
/// lines, YAML tree, Markdown syntax tree) as garbage at once, and the collector, whose budget for the old generation
/// grows with the heap, let it reach several times what was alive: on a 33,000-file folder that garbage was most of
/// the start-up peak. Between batches of files, once the heap has grown by <see cref="AllowanceBytes"/> since the last
/// collection made here, one full collection brings it back to what the content keeps. A folder of a few hundred
/// files never reaches the allowance, so neither a small site's start nor a live edit pays for one. Where the young
/// generation was given a budget (an export's process, Cli.BatchRuntime: 64 MiB), that much garbage is what the
/// collector lets build up before it runs at all, so it is allowed on top: the check had otherwise compacted the heap
/// every few batches of the 1,000-achievement set, about 2% of the export's CPU.
/// </summary>
internal sealed class LoadMemory
{
    internal const long AllowanceBytes = 48L * 1024 * 1024;

    private static readonly long Allowance = AllowanceBytes + YoungGeneration(Environment.GetEnvironmentVariable);

    private long _after = GC.GetTotalMemory(forceFullCollection: false);

    /// <summary>The young generation's budget given to the runtime (its <c>GCgen0size</c>, in hexadecimal), or 0.</summary>
    internal static long YoungGeneration(Func<string, string?> environment) =>
        (environment("DOTNET_GCgen0size") ?? environment("COMPlus_GCgen0size")) is { } value
            && long.TryParse(value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? value[2..] : value, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var bytes)
            && bytes > 0
            ? bytes
            : 0;

    public void CollectIfGrown()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) - _after <= Allowance)
        {
            return;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        _after = GC.GetTotalMemory(forceFullCollection: false);
    }
}
