using System.Diagnostics;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

/// <summary>
/// One case of the bad content corpus (Fixtures/bad-content, described in its README.md): files to drop into a
/// copy of the valid fixture content, what to do to the copy that git cannot hold, and the problems the
/// validator must report, as "path:line: message start" lines.
/// </summary>
public sealed class BadContentCase
{
    private BadContentCase(string name)
    {
        Name = name;
        Folder = Path.Combine(CorpusRoot, name);
        Expected = ReadLines("expected.txt").Select(Parse).ToList();
        Actions = ReadLines("make.txt").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
    }

    public static string CorpusRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad-content");

    public static IReadOnlyList<string> Names =>
        Directory.GetDirectories(CorpusRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public string Name { get; }

    public string Folder { get; }

    public IReadOnlyList<(string Path, int Line, string Message)> Expected { get; }

    public IReadOnlyList<string[]> Actions { get; }

    /// <summary>Cases staged through the loader's file seam cannot happen to a running portal on demand.</summary>
    public bool NeedsFileSeam => Actions.Any(a => a[0] is "rename-while-reading" or "deny");

    public static BadContentCase Named(string name) => new(name);

    /// <summary>Copies the case's files over the content at <paramref name="root"/> and performs its actions.</summary>
    public void ApplyTo(string root)
    {
        var overlay = Path.Combine(Folder, "content");
        if (Directory.Exists(overlay))
        {
            foreach (var file in Directory.GetFiles(overlay, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(overlay, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        foreach (var action in Actions)
        {
            var path = Path.Combine(root, action[1]);
            switch (action[0])
            {
                case "fifo":
                    using (var mkfifo = Process.Start("mkfifo", path))
                    {
                        mkfifo.WaitForExit();
                        Assert.Equal(0, mkfifo.ExitCode);
                    }

                    break;
                case "link":
                    File.CreateSymbolicLink(path, Path.GetRelativePath(Path.GetDirectoryName(path)!, Path.Combine(root, action[2])));
                    break;
                case "link-outside":
                    var outside = root + "-outside.md";
                    File.WriteAllText(outside, "---\ntitle: Not for publication\n---\nA file outside the content folder.\n");
                    File.CreateSymbolicLink(path, outside);
                    break;
                case "folder":
                    File.Delete(path);
                    Directory.CreateDirectory(path);
                    break;
                case "big":
                    File.AppendAllText(path, "\n" + string.Concat(Enumerable.Repeat("A paragraph that makes the file far longer than any page needs to be.\n", 17000)));
                    break;
                case "rename-while-reading" or "deny":
                    break;
                default:
                    throw new InvalidOperationException($"{Name}/make.txt: unknown action '{action[0]}'");
            }
        }
    }

    /// <summary>Removes what <see cref="ApplyTo"/> left outside the content folder.</summary>
    public static void CleanUpBeside(string root) => File.Delete(root + "-outside.md");

    /// <summary>The disk as the loader sees it for this case: a file renamed just before it is read, or one that refuses to be read.</summary>
    internal ContentFiles FilesFor(string root) => new StagedFiles(
        Actions.Where(a => a[0] == "rename-while-reading").Select(a => Path.Combine(root, a[1])).ToHashSet(),
        Actions.Where(a => a[0] == "deny").Select(a => Path.Combine(root, a[1])).ToHashSet());

    public static bool Matches(ContentProblem problem, (string Path, int Line, string Message) expected) =>
        problem.Path == expected.Path && problem.Line == expected.Line && problem.Message.Contains(expected.Message, StringComparison.Ordinal);

    public override string ToString() => Name;

    private IEnumerable<string> ReadLines(string file)
    {
        var path = Path.Combine(Folder, file);
        return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Trim().Length > 0) : [];
    }

    private (string Path, int Line, string Message) Parse(string line)
    {
        // "path:line: message"; a path may hold spaces but not ": ".
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var lineColon = line.LastIndexOf(':', colon - 1);
        if (colon < 0 || lineColon < 0 || !int.TryParse(line.AsSpan(lineColon + 1, colon - lineColon - 1), out var number))
        {
            throw new FormatException($"{Name}/expected.txt: \"{line}\" is not path:line: message");
        }

        return (line[..lineColon], number, line[(colon + 2)..]);
    }

    private sealed class StagedFiles(HashSet<string> renamed, HashSet<string> denied) : ContentFiles
    {
        public override Stream Open(string path)
        {
            if (renamed.Contains(path))
            {
                // An editor's save-as or a sync tool moves the file after the folder was listed.
                File.Move(path, path + ".moved");
            }

            if (denied.Contains(path))
            {
                // Root reads every file whatever its permissions, so a refused read is staged here.
                throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
            }

            return base.Open(path);
        }
    }
}
