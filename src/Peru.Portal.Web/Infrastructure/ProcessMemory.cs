using System.Runtime.InteropServices;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// The native side of the portal's memory: what SQLite, the JIT and the runtime allocate through the C library.
/// glibc gives threads that allocate at the same time arenas of their own (up to eight per core) and keeps what
/// they freed; on the real content, after 15 live edits, that held about as much as the whole managed heap. The
/// runtime exposes no setting for it (MALLOC_ARENA_MAX is an environment variable, read before Main), hence the
/// two calls into the C library. Elsewhere than on glibc both do nothing. The limit asked for here holds only for
/// arenas made after it: while the runtime started its threads glibc made about seven (counted in /proc/PID/maps on
/// the published portal), so the deployment guide sets MALLOC_ARENA_MAX=2 in the service's environment as well.
/// </summary>
public static partial class ProcessMemory
{
    /// <summary>mallopt's M_ARENA_MAX.</summary>
    private const int ArenaMax = -8;

    /// <summary>Two arenas: the portal runs on small machines where two cores is common; more only hold memory.</summary>
    private const int Arenas = 2;

    private static long _committedAfterRelease;

    /// <summary>Called first thing in the process, before the host starts its threads.</summary>
    public static void LimitArenas() => TryNative(() => mallopt(ArenaMax, Arenas));

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
