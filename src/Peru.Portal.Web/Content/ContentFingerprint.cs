using System.Security.Cryptography;
using System.Text;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Proof that a store holds exactly what an import of the files would write now: a SHA-256 over the build (the
/// assemblies that read and render content, so a new release always imports again), the language table's
/// configuration, the git dates pages show, and the path, length and bytes of every file in the content folder.
/// Modification times alone are no proof (a copy or a checkout keeps or resets them), so every byte is hashed:
/// on the real content that is well under a millisecond a file.
/// </summary>
public static class ContentFingerprint
{
    public static string Of(string root, IConfiguration configuration, IReadOnlyDictionary<string, DateOnly> gitDates) =>
        OfAsync(root, configuration, Task.FromResult(gitDates)).GetAwaiter().GetResult();

    /// <summary>The fingerprint, hashing the files while the git dates are still being read.</summary>
    public static async Task<string> OfAsync(string root, IConfiguration configuration, Task<IReadOnlyDictionary<string, DateOnly>> gitDates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        foreach (var assembly in new[] { typeof(ContentFingerprint).Assembly, typeof(Markdig.Markdown).Assembly, typeof(YamlDotNet.Serialization.Deserializer).Assembly })
        {
            Add(assembly.ManifestModule.ModuleVersionId.ToString());
        }

        foreach (var (key, value) in configuration.GetSection(Localization.LanguageTable.Section).AsEnumerable().OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Add($"{key}={value}");
        }

        var fullRoot = Path.GetFullPath(root);
        if (Directory.Exists(fullRoot))
        {
            // Every file, hidden or not, and empty folders too: whatever the loader would report on is in the proof,
            // and a file it ignores can at worst cost one needless import.
            var entries = Directory.EnumerateFileSystemEntries(fullRoot, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
                .Select(e => (Relative: ContentFiles.Relative(fullRoot, e), Full: e))
                .OrderBy(e => e.Relative, StringComparer.Ordinal);
            foreach (var (relative, full) in entries)
            {
                if (Directory.Exists(full))
                {
                    Add($"{relative}/");
                    continue;
                }

                // As the loader does, nothing that reports no size is opened: a named pipe would wait for a writer forever.
                var length = new FileInfo(full).Length;
                Add($"{relative}:{length}");
                if (length > 0)
                {
                    hash.AppendData(File.ReadAllBytes(full));
                }
            }
        }

        foreach (var (path, date) in (await gitDates).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            Add($"{path}@{date:yyyy-MM-dd}");
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The fingerprint, or null when the folder cannot be read whole: then nothing is reused.</summary>
    public static string? TryOf(string root, IConfiguration configuration, IReadOnlyDictionary<string, DateOnly> gitDates) =>
        TryOfAsync(root, configuration, Task.FromResult(gitDates)).GetAwaiter().GetResult();

    public static async Task<string?> TryOfAsync(string root, IConfiguration configuration, Task<IReadOnlyDictionary<string, DateOnly>> gitDates)
    {
        try
        {
            return await OfAsync(root, configuration, gitDates);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
