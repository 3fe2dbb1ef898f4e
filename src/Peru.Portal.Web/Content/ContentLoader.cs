using Peru.Portal.Web.Content.Kinds;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Reads a content folder into the content model and reports every problem it finds, in every file,
/// in one pass. It never stops at the first problem: editors fix a batch, not one line at a time.
/// It finds the files and their language; the declared kinds (<see cref="ContentKinds"/>) read them.
/// </summary>
public sealed class ContentLoader(MarkdownRenderer markdown, LanguageTable languages)
{
    /// <summary>With the built-in languages, for commands and tests that run without a host.</summary>
    public ContentLoader(MarkdownRenderer markdown)
        : this(markdown, LanguageTable.Builtin)
    {
    }

    public LanguageTable Languages => languages;

    /// <summary>The disk as the loader reads it; tests replace it to rename or lock a file mid-import.</summary>
    internal ContentFiles Files { get; init; } = ContentFiles.Disk;

    /// <summary>The kinds of file the loader knows; tests add one to show nothing else needs to change.</summary>
    internal ContentKinds Kinds { get; init; } = ContentKinds.Builtin;

    /// <summary>What the last load read, so that the next one parses and renders only the files that changed.</summary>
    internal FileReadCache Reads { get; } = new();

    public ContentLoadResult Load(string root) => Load(root, null);

    /// <summary>Reads the folder with the git dates already read (for the fingerprint), or reads them when null.</summary>
    public ContentLoadResult Load(string root, IReadOnlyDictionary<string, DateOnly>? gitDates)
    {
        var problems = new List<ContentProblem>();
        var content = new LoadedContent { Languages = languages, Kinds = Kinds };
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            problems.Add(new(root, 0, "content folder not found"));
            return ContentLoadResult.Of(content, problems);
        }

        gitDates ??= FileDates.FromGit(fullRoot);
        var memory = new LoadMemory();
        Reads.Begin();
        foreach (var entry in ContentFiles.List(fullRoot, fullRoot, problems))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || !ContentFiles.StaysInside(fullRoot, entry, problems))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                ReadCountryFolder(fullRoot, entry, content, problems, gitDates, memory);
            }
            else
            {
                problems.Add(new(name, 1, "files belong in a country folder (for example content/peru/); this one is outside any"));
            }
        }

        if (content.Countries.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(root, 0, "no country found: add a folder with a country.md"));
        }

        CheckAliases(content, problems);
        PublicationChecks.Check(content, problems);
        Reads.Finish();
        return ContentLoadResult.Of(content, problems);
    }

    private void ReadCountryFolder(string root, string folder, LoadedContent content, List<ContentProblem> problems, IReadOnlyDictionary<string, DateOnly> gitDates, LoadMemory memory)
    {
        var name = Path.GetFileName(folder);
        if (!Slugs.IsValid(name))
        {
            problems.Add(new(name, 0, $"country folder \"{name}\" is not a slug: use lower-case ASCII words joined by '-'"));
            return;
        }

        var paths = new List<string>();
        Collect(root, folder, 1, paths, problems);

        // The files are named now and read as the readers come to them, a batch at a time: a folder's files are never
        // all held at once (text, YAML tree), only what the checks and rows keep of each. Problems still come in the
        // same order: every file's reading problems in the folder's order, then what the readers found.
        var files = paths.Select(path => SourceFile.At(root, path)).ToList();
        var readProblems = new List<ContentProblem>?[files.Count];
        var index = files.Select((file, i) => (file, i)).ToDictionary(f => f.file, f => f.i);
        void ReadFiles(IReadOnlyList<SourceFile> batch)
        {
            // Reading is mostly waiting on the file system: in parallel, a 10,000-file folder loads in about half the time.
            Parallel.ForEach(batch.Where(f => !f.IsRead), file =>
            {
                var fileProblems = new List<ContentProblem>();
                file.Load(fileProblems, Files, Reads, CountryReader.AcronymsOf);
                readProblems[index[file]] = fileProblems.Count == 0 ? null : fileProblems;
            });
            memory.CollectIfGrown();
        }

        content.FileCount += files.Count;
        var origins = new Dictionary<object, (SourceFile File, FrontMatterReader Fm)>(ReferenceEqualityComparer.Instance);
        var found = new List<ContentProblem>();
        var context = new ReadContext(languages, Kinds, markdown, content, found, gitDates) { ReadFiles = ReadFiles, Reads = Reads };

        // Each language reads its own files (name.md for the default language, name.CODE.md for the others), and
        // each other language is then checked against the default one: same items, same figures.
        var readers = languages.All.Select(language =>
        {
            var reader = new CountryReader(name, language, files.Where(f => LanguageOf(f) == language).ToList(), context, origins);
            reader.Read();
            return reader;
        }).ToList();
        ReadFiles(files);
        foreach (var fileProblems in readProblems.OfType<List<ContentProblem>>())
        {
            problems.AddRange(fileProblems);
        }

        problems.AddRange(found);
        foreach (var twin in readers.Skip(1))
        {
            Twins.Check(readers[0], twin, content, problems);
        }
    }

    /// <summary>The language a file is written in, from its name: <c>x.fr.md</c> is French, <c>x.md</c> the default language.</summary>
    private Language LanguageOf(SourceFile file) =>
        languages.All.Skip(1).FirstOrDefault(l => file.RelativePath.EndsWith(l.FileSuffix(languages), StringComparison.Ordinal)) ?? languages.Default;

    private static void Collect(string root, string directory, int depth, List<string> files, List<ContentProblem> problems)
    {
        foreach (var entry in ContentFiles.List(root, directory, problems))
        {
            switch (ContentFiles.Classify(root, entry, depth, problems))
            {
                case ContentFiles.Kind.Folder:
                    Collect(root, entry, depth + 1, files, problems);
                    break;
                case ContentFiles.Kind.Markdown:
                    files.Add(entry);
                    break;
            }
        }
    }

    private static void CheckAliases(LoadedContent content, List<ContentProblem> problems)
    {
        // Each country checks its own aliases; this catches the same old address claimed by two countries.
        foreach (var group in content.Aliases.GroupBy(a => a.Path).Where(g => g.Count() > 1))
        {
            problems.Add(new(group.Key, 0, $"alias \"{group.Key}\" is listed by more than one country"));
        }
    }
}
