using Peru.Portal.Web.Share;

namespace Peru.Portal.Web.Export;

/// <summary>The export's copies of the pages' share images, taken from the folder the images are kept in.</summary>
internal static class ExportShareImages
{
    /// <summary>Copies each card's image to its file (drawing those the folder lacks); the bytes written.</summary>
    public static async Task<long> CopyAsync(ShareImages images, IEnumerable<(string File, ShareCard Card)> copies, CancellationToken ct)
    {
        long bytes = 0;
        // Both cores: an image the folder lacks is drawn (about 5 ms of CPU each), one it has is a copy in the kernel.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(copies, parallel, async (copy, token) =>
        {
            var kept = await images.FileAsync(copy.Card, token);
            Directory.CreateDirectory(Path.GetDirectoryName(copy.File)!);
            File.Copy(kept, copy.File, overwrite: true);
            Interlocked.Add(ref bytes, new FileInfo(copy.File).Length);
        });

        return bytes;
    }
}
