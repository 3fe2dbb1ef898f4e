namespace Peru.Portal.Web.Cli;

/// <summary>
/// The committed list of every address the portal has ever published. Entries are only ever added:
/// a page that goes away must leave an alias behind, and the tests check every entry still answers.
/// </summary>
public static class AddressManifest
{
    public const string DefaultPath = "docs/published-addresses.txt";

    private const string Header = """
        # Every address Peru.Portal has published, one per line. Generated and extended by
        #   dotnet run --project src/Peru.Portal.Web -- manifest
        # Never remove a line: journalists and readers link to these addresses. When a page is renamed,
        # list its old address under `aliases:` in the renamed file; the tests check every line answers.
        """;

    public static IReadOnlySet<string> Read(string path) => File.Exists(path)
        ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Adds the addresses not yet listed and returns how many were added.</summary>
    public static int Extend(string path, IEnumerable<string> current)
    {
        var known = new SortedSet<string>(Read(path), StringComparer.Ordinal);
        var before = known.Count;
        known.UnionWith(current);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Header + "\n" + string.Join("\n", known) + "\n");
        return known.Count - before;
    }
}
