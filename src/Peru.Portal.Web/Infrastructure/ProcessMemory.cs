using System.Runtime.InteropServices;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// The native side of the portal's memory: what SQLite, the JIT and the runtime allocate through the C library.
/// glibc gives threads that allocate at the same time arenas of their own (up to eight per core) and keeps what
/// they freed; on the real content, after 15 live edits, that held about as much as the whole managed heap. The
/// runtime exposes no setting for it (MALLOC_ARENA_MAX is an environment variable, read before Main), hence the
/// two calls into the C library. Elsewhere than on glibc both do nothing.
/// </summary>
public static partial class ProcessMemory
{
    /// <summary>mallopt's M_ARENA_MAX.</summary>
    private const int ArenaMax = -8;

    /// <summary>mallopt's M_TRIM_THRESHOLD, M_TOP_PAD and M_MMAP_THRESHOLD.</summary>
    private const int TrimThreshold = -1, TopPad = -2, MmapThreshold = -3;

    /// <summary>
    /// 128 KiB, glibc's own starting value, held fixed: by default each large block freed raises both thresholds
    /// (up to 32 MiB), after which large blocks come from the arenas and what is freed at their top stays. Under the
    /// HTTP benchmark's load that kept 15 to 18 MiB more of native memory, at the same CPU a request.
    /// </summary>
    private const int LargeBlockBytes = 128 * 1024;

    /// <summary>Two arenas: the portal runs on small machines where two cores is common; more only hold memory.</summary>
    private const int Arenas = 2;

    private static long _committedAfterRelease;

    /// <summary>Called first thing in the process, before the host starts its threads.</summary>
    public static void LimitArenas()
    {
        TryNative(() => mallopt(ArenaMax, Arenas));

        // Fixed thresholds (setting any one turns off glibc's adjustment of them all): large blocks are mapped on
        // their own and unmapped when freed, and free memory at the top of an arena past 128 KiB goes back at once.
        TryNative(() => mallopt(MmapThreshold, LargeBlockBytes));
        TryNative(() => mallopt(TrimThreshold, LargeBlockBytes));
        TryNative(() => mallopt(TopPad, 0));
    }

    /// <summary>
    /// A full, compacting collection (the managed heap back to what is alive), then glibc's free pages in every
    /// arena handed back to the system.
    /// </summary>
    public static void Release()
    {
        Content.ContentImporter.ReleaseMemory();
        TryNative(() => malloc_trim(0));
        Interlocked.Exchange(ref _committedAfterRelease, GC.GetGCMemoryInfo().TotalCommittedBytes);
    }

    /// <summary>The managed heap's committed bytes after the last <see cref="Release"/>, whatever asked for it (start-up,
    /// a live re-import, the heap check); 0 before the first.</summary>
    public static long CommittedAfterRelease => Interlocked.Read(ref _committedAfterRelease);

    private static void TryNative(Func<int> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            call();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another C library (musl): it has no such arenas to limit or trim.
        }
    }

    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int param, int value);

    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int malloc_trim(nuint pad);
}
