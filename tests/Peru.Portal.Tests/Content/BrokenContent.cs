using System.Text;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

/// <summary>
/// A private copy of the fixture content in a fresh temporary folder, for a test to break on purpose.
/// Paths are relative to the content root and use '/', as in problem reports ("peru/themes/economic-growth.md").
/// </summary>
public sealed class BrokenContent : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public BrokenContent()
    {
        Root = Directory.CreateTempSubdirectory("peru-portal-content-").FullName;
        Copy(FixtureRoot, Root);
    }

    public static string FixtureRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    /// <summary>The content root of this copy.</summary>
    public string Root { get; }

    /// <summary>Creates or overwrites a file with UTF-8 text; line endings become '\n'.</summary>
    public BrokenContent Write(string relativePath, string text)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), Utf8NoBom);
        return this;
    }

    /// <summary>Creates or overwrites a file with exactly these bytes.</summary>
    public BrokenContent WriteBytes(string relativePath, byte[] bytes)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Adds UTF-8 text at the end of an existing file.</summary>
    public BrokenContent Append(string relativePath, string text)
    {
        var path = FullPath(relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"cannot append to {relativePath}: it does not exist", path);
        }

        File.AppendAllText(path, text.ReplaceLineEndings("\n"), Utf8NoBom);
        return this;
    }

    /// <summary>Deletes a file, or a folder with everything in it.</summary>
    public BrokenContent Delete(string relativePath)
    {
        var path = FullPath(relativePath);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
        else
        {
            throw new FileNotFoundException($"cannot delete {relativePath}: it does not exist", path);
        }

        return this;
    }

    /// <summary>The current text of a file in this copy.</summary>
    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath), Utf8NoBom);

    /// <summary>Runs the real loader over this copy.</summary>
    public ContentLoadResult Load() => new ContentLoader(new MarkdownRenderer()).Load(Root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder must not fail the test that used it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string FullPath(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Contains(".."))
        {
            throw new ArgumentException($"\"{relativePath}\" must be a path inside the content folder, such as peru/themes/economic-growth.md", nameof(relativePath));
        }

        return Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
