using System.Globalization;
using System.Runtime.InteropServices;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Gives back the pages of mapped files (assemblies, native libraries) that the process touched but does not
/// use now. Most of what a started portal holds is such pages: the start-up import alone runs EF Core, YAML,
/// Markdig, the validators and the configuration binders, whose code and metadata then stay resident although no
/// page asks for them again. The kernel would drop them under memory pressure; a small server is judged before
/// that, by its resident size. Nothing else in .NET lets go of them (the runtime keeps every assembly mapped), so
/// this asks the kernel directly, in the only two ways that can never change what the process reads:
/// <list type="bullet">
/// <item>read-only shared mappings (the runtime's flat view of each assembly, read for metadata) are unmapped page by
/// page (<c>MADV_DONTNEED</c>): their content is the file's, found again in the page cache at the next touch;</item>
/// <item>private mappings (code, constant and writable data) are only proposed for reclaim (<c>MADV_PAGEOUT</c>,
/// Linux 5.4): the kernel drops the clean pages no other process maps, which are the file's own content, and keeps
/// anything else, such as pages the loader relocated or the runtime wrote (those are the process's own copies: they
/// could only go to swap, as under memory pressure, and come back from it unchanged). A composite ReadyToRun image
/// has 31 MiB of writable data, of which start-up reads 22 and a cached page about 10.</item>
/// </list>
/// Pages a request needs come back at their first touch, as after any reclaim. Shared writable mappings (what
/// another process may read), the runtime's own executable memory and anonymous memory are left alone. Elsewhere
/// than on Linux, or on a kernel without these advices, nothing happens.
/// </summary>
public static class MappedFiles
{
    private const int DontNeed = 4;
    private const int PageOut = 21;

    /// <summary>Advises every file mapping of the process that <see cref="Parse"/> accepts; returns the bytes advised (0 when not on Linux).</summary>
    public static long Release()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        string[] maps;
        try
        {
            maps = File.ReadAllLines("/proc/self/maps");
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }

        long advised = 0;
        try
        {
            foreach (var line in maps)
            {
                if (Parse(line) is { } mapping && madvise(mapping.Start, mapping.Length, mapping.Shared ? DontNeed : PageOut) == 0)
                {
                    advised += (long)mapping.Length;
                }
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without madvise under that name: nothing to give back this way.
        }

        return advised;
    }

    /// <summary>Below this, file pages that came back since the last check are the steady working set, not worth a release.</summary>
    internal const long MinimumGrowthBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Worth a release at the first check (what start-up touched) and whenever the resident file pages grew by more
    /// than <see cref="MinimumGrowthBytes"/> since the check before: code touched once by an import or a burst. Under
    /// steady load they stay level, so the pages requests use are not dropped and read again every check.
    /// </summary>
    internal static bool IsWorthReleasing(long residentBytes, long? previousBytes) =>
        previousBytes is not { } previous || residentBytes - previous > MinimumGrowthBytes;

    /// <summary>The process's resident pages of mapped files (RssFile in /proc/self/status), in bytes; null when unknown.</summary>
    public static long? ResidentBytes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("RssFile:", StringComparison.Ordinal))
                {
                    var kib = line.AsSpan("RssFile:".Length).Trim();
                    kib = kib.EndsWith(" kB", StringComparison.Ordinal) ? kib[..^3] : kib;
                    return long.TryParse(kib, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value * 1024 : null;
                }
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        return null;
    }

    internal readonly record struct Mapping(nint Start, nuint Length, bool Shared);

    /// <summary>
    /// A line of /proc/self/maps (<c>start-end perms offset dev inode path</c>) when it maps a file readably, shared
    /// read-only or private; null for anything else: shared writable mappings (their pages are the file's, written
    /// for other processes too), anonymous memory, the runtime's memfd code, devices, deleted files and kernel areas.
    /// </summary>
    internal static Mapping? Parse(string line)
    {
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 6 || fields[1].Length < 4 || fields[1][0] != 'r' || (fields[1][1] != '-' && fields[1][3] != 'p'))
        {
            return null;
        }

        var path = fields[5].Trim();
        if (!path.StartsWith('/') || path.StartsWith("/memfd:", StringComparison.Ordinal)
            || path.StartsWith("/dev/", StringComparison.Ordinal) || path.EndsWith("(deleted)", StringComparison.Ordinal)
            || fields[4] == "0")
        {
            return null;
        }

        var dash = fields[0].IndexOf('-', StringComparison.Ordinal);
        if (dash < 0
            || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end)
            || end <= start)
        {
            return null;
        }

        var shared = fields[1][3] == 's';
        return new Mapping((nint)start, (nuint)(end - start), shared);
    }

    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int madvise(nint address, nuint length, int advice);
}
