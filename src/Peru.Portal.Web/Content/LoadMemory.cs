namespace Peru.Portal.Web.Content;

/// <summary>
/// Keeps a large load's garbage from piling up. Reading a file leaves most of what it allocated (its bytes, text,
/// lines, YAML tree, Markdown syntax tree) as garbage at once, and the collector, whose budget for the old generation
/// grows with the heap, let it reach several times what was alive: on a 33,000-file folder that garbage was most of
/// the start-up peak. Between batches of files, once the heap has grown by <see cref="AllowanceBytes"/> since the last
/// collection made here, one full collection brings it back to what the content keeps. A folder of a few hundred
/// files never reaches the allowance, so neither a small site's start nor a live edit pays for one.
/// </summary>
internal sealed class LoadMemory
{
    internal const long AllowanceBytes = 48L * 1024 * 1024;

    private long _after = GC.GetTotalMemory(forceFullCollection: false);

    public void CollectIfGrown()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) - _after <= AllowanceBytes)
        {
            return;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        _after = GC.GetTotalMemory(forceFullCollection: false);
    }
}
