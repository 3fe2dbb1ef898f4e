namespace Peru.Portal.Web.Content;

/// <summary>
/// What the loader sees of the disk: the entries of a folder, what each entry is, and the bytes of a file.
/// Everything a folder can hold that is not a readable Markdown file in place gets a message here, so
/// nothing an editor put in the content folder is silently dropped.
/// </summary>
internal class ContentFiles
{
    /// <summary>Deeper than any kind of content goes (evaluation/recommendations/x.md is three levels).</summary>
    public const int MaxDepth = 8;

    public static readonly ContentFiles Disk = new();

    private static readonly string[] MarkdownLookalikes = [".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".md.txt"];

    public enum Kind
    {
        /// <summary>Reported or deliberately not read (hidden files: version control, editors' swap files).</summary>
        Skip,
        Folder,
        Markdown,
    }

    /// <summary>Opens a file for reading. Tests override it to rename or lock a file between listing and reading.</summary>
    public virtual Stream Open(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>The entries of a folder in a stable order, or none and a message when the folder cannot be listed.</summary>
    public static IReadOnlyList<string> List(string root, string folder, ICollection<ContentProblem> problems)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (DirectoryNotFoundException)
        {
            problems.Add(new(Relative(root, folder), 1, "folder was renamed or deleted while the content was read; the next save reads it again"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(Relative(root, folder), 1, "folder cannot be read: let the portal's user read it"));
        }

        return [];
    }

    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>What an entry of a country folder is, with a message for everything that is not content in place.</summary>
    public static Kind Classify(string root, string entry, int depth, ICollection<ContentProblem> problems)
    {
        var name = Path.GetFileName(entry);
        var relative = Relative(root, entry);
        if (name.StartsWith('.') || !StaysInside(root, entry, problems))
        {
            return Kind.Skip;
        }

        if (Directory.Exists(entry))
        {
            if (depth >= MaxDepth)
            {
                problems.Add(new(relative, 1, "folder is nested deeper than any content goes; see docs/content-guide.md for where each kind of file goes"));
                return Kind.Skip;
            }

            if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(relative, 1, "this is a folder named like a Markdown file; rename it"));
                return Kind.Skip;
            }

            return Kind.Folder;
        }

        if (name.EndsWith(".md", StringComparison.Ordinal))
        {
            return Kind.Markdown;
        }

        var lookalike = MarkdownLookalikes.FirstOrDefault(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            ?? (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[^3..] : null);
        problems.Add(new(relative, 1, lookalike is null
            ? "only Markdown files ending in .md belong in the content folder; move this file elsewhere"
            : $"Markdown files must end in .md in lower case: rename it to {name[..^lookalike.Length]}.md"));
        return Kind.Skip;
    }

    /// <summary>
    /// A symbolic link may only lead to another entry of the content folder: a link out would publish
    /// whatever it points at, and a link back up would make the folder endless.
    /// </summary>
    public static bool StaysInside(string root, string entry, ICollection<ContentProblem> problems)
    {
        var info = new FileInfo(entry);
        if (info.LinkTarget is null)
        {
            return true;
        }

        var relative = Relative(root, entry);
        string? target;
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            // Too many levels of links: a link that leads back to itself.
            target = null;
        }

        if (target is null || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problems.Add(new(relative, 1, target is null
                ? "symbolic link leads nowhere it can be followed; remove it"
                : "symbolic link points outside the content folder; copy the file in instead"));
            return false;
        }

        if (!File.Exists(target) && !Directory.Exists(target))
        {
            problems.Add(new(relative, 1, "symbolic link points to a file that does not exist; remove it or copy the file in"));
            return false;
        }

        var folder = Path.GetDirectoryName(entry)! + Path.DirectorySeparatorChar;
        if (Directory.Exists(target) && folder.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problems.Add(new(relative, 1, "symbolic link leads back to a folder that holds it; remove it"));
            return false;
        }

        return true;
    }
}
