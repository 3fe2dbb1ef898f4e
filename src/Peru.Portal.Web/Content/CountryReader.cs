using Peru.Portal.Web.Content.Kinds;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Reads the files of one country folder in one language: each file goes to the first kind whose pattern its path
/// matches, and the kinds read it with the helpers here (open, render, track, aliases, references).
/// </summary>
internal sealed partial class CountryReader(
    string folderName,
    Language language,
    IReadOnlyList<SourceFile> files,
    ReadContext context,
    Dictionary<object, (SourceFile File, FrontMatterReader Fm)> origins)
{
    // Enough files for both cores to read at once, few enough that their texts and trees are a few MiB at most.
    private const int ReadBatch = 128;

    private static readonly string[] Qualifiers = ["about", "almost", "at least", "more than", "over", "slightly over", "some", "up to"];

    private readonly List<(SourceFile File, FrontMatterReader Fm, ContentKind Kind)> _files = [];
    private readonly List<(string Path, int Line, string PageAlias, string Target)> _aliases = [];
    private readonly List<(string Path, int Line, string Key)> _references = [];
    private readonly List<(string Path, int Line, string Theme)> _themeRefs = [];
    private readonly Dictionary<string, Publication> _publications = new(StringComparer.Ordinal);
    private ContentKind? _reading;

    public Language Language => language;

    public string Code => language.Code;

    public bool IsDefault => context.Languages.Default == language;

    /// <summary>The suffix of this language's files: <c>.md</c>, <c>.fr.md</c>.</summary>
    public string Suffix => language.FileSuffix(context.Languages);

    /// <summary>The country folder's name, which is the country's key in every language.</summary>
    public string Folder => folderName;

    /// <summary>The country's slug in this language: the folder's name until the country file gives another.</summary>
    public string Slug
    {
        get => _slug ?? folderName;
        set => _slug = value;
    }

    private string? _slug;

    /// <summary>The country, once its file is read.</summary>
    public Country? Country { get; set; }

    public LoadedContent Content => context.Content;

    public List<ContentProblem> Problems => context.Problems;

    /// <summary>Files of this language, read or not: a twin whose file exists but is broken is reported once, for its own problem.</summary>
    public IReadOnlySet<string> FilePaths { get; } = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every item read, by kind and key, for the twin check.</summary>
    public Dictionary<(ContentKind Kind, string Key), object> Items { get; } = [];

    /// <summary>Every file of this language, in the folder's order.</summary>
    public IReadOnlyList<SourceFile> Files => files;

    public (SourceFile File, FrontMatterReader Fm)? OriginOf(object item) => origins.TryGetValue(item, out var origin) ? origin : null;

    /// <summary>The files a kind opened, with their front matter.</summary>
    public IEnumerable<(SourceFile File, FrontMatterReader Fm)> FilesOf(ContentKind kind) =>
        _files.Where(f => f.Kind == kind).Select(f => (f.File, f.Fm));

    public void Read()
    {
        _markdown = new MarkdownContext(language.Typography == FrenchTypography.Rule, _abbreviations);
        if (files.Count == 0)
        {
            if (IsDefault)
            {
                foreach (var kind in context.Kinds.All.Where(k => k.Required))
                {
                    Problems.Add(new($"{folderName}/{kind.Pattern}", 0, $"every country folder needs a {kind.Pattern}"));
                }
            }

            return;
        }

        var byPath = files
            .Select(f => (Path: f.RelativePath[(folderName.Length + 1)..^Suffix.Length] + ".md", File: f))
            .Select(f => (f.Path, f.File, Match: context.Kinds.Match(f.Path)))
            .ToList();
        foreach (var stage in context.Kinds.All.Select(k => k.Stage).Append(ContentKind.ReadItems).Distinct().Order())
        {
            foreach (var (_, file, match) in ReadAhead(byPath.Where(f => (f.Match?.Kind.Stage ?? ContentKind.ReadItems) == stage).OrderBy(f => f.Path, StringComparer.Ordinal), f => f.File))
            {
                if (match is not { } m)
                {
                    Problems.Add(new(file.RelativePath, 1, "this file is not part of the content model; see docs/content-guide.md for where each kind of file goes"));
                    file.Release();
                    continue;
                }

                _reading = m.Kind;
                var opened = _files.Count;
                m.Kind.Read(this, file, m.Values);

                // What the checks still ask of a file read (lines of keys, its acronyms) is kept apart from its text
                // and YAML tree, which go now rather than once the whole folder is read.
                foreach (var (_, fm, _) in _files.Skip(opened))
                {
                    fm.Release(context.KeyNames);
                }

                file.Release();
            }

            // The other files are still checked, so an editor sees every problem of the folder at once.
            foreach (var kind in context.Kinds.All.Where(k => k.Stage == stage && k.Required && !byPath.Any(f => f.Match?.Kind == k)))
            {
                var name = $"{folderName}/{kind.Pattern[..^3]}{Suffix}";
                Problems.Add(new(name, 0, $"every country folder needs a {name[(folderName.Length + 1)..]}"));
            }
        }

        foreach (var (_, fm, _) in _files)
        {
            fm.ReportUnknownKeys();
        }

        CrossCheck();
        foreach (var kind in context.Kinds.All)
        {
            kind.Finish?.Invoke(this);
        }
    }

    /// <summary>The files in the order given, each read (with a batch of those after it) before it is handed on.</summary>
    private IEnumerable<T> ReadAhead<T>(IEnumerable<T> items, Func<T, SourceFile> fileOf)
    {
        foreach (var batch in items.Chunk(ReadBatch))
        {
            context.ReadFiles([.. batch.Select(fileOf)]);
            foreach (var item in batch)
            {
                yield return item;
            }
        }
    }

    /// <summary>The front matter of a file, or null when it has none (its problem is already reported).</summary>
    public FrontMatterReader? Open(SourceFile file)
    {
        if (file.FrontMatter is null)
        {
            return null;
        }

        // YamlDotNet counts lines from the first line of the front matter, which is the file's second line.
        var fm = new FrontMatterReader(file.FrontMatter, file.RelativePath, 1, Problems, FrenchTypography.For(language));
        _files.Add((file, fm, _reading!));
        if (_reading!.Publishable)
        {
            _publications[file.RelativePath] = PublicationReader.Read(fm);
        }
        else
        {
            PublicationReader.RefuseIn(fm);
        }

        return fm;
    }

    public RenderedMarkdown Render(SourceFile file, int headingOffset = 0)
    {
        var rendered = context.Reads.Render(context.Markdown, file.Body, _markdown, headingOffset);
        foreach (var (line, message) in rendered.Problems)
        {
            Problems.Add(new(file.RelativePath, file.BodyLine + line - 1, message));
        }

        foreach (var (line, url) in rendered.Links)
        {
            Content.Links.Add(new(file.RelativePath, file.BodyLine + line - 1, url));
        }

        return rendered;
    }

    /// <summary>Records an item of the kind being read and where it comes from, for later problems and the twin check.</summary>
    public T Track<T>(SourceFile file, FrontMatterReader fm, string key, T item)
        where T : class
    {
        var kind = _reading!;
        origins[item] = (file, fm);
        if (item is IContentItem row && _publications.TryGetValue(file.RelativePath, out var publication))
        {
            Content.Publish(new ItemPublication(file.RelativePath, kind.Name, Code, key, row, publication));
        }
        if (!Items.TryAdd((kind, key), item))
        {
            Problems.Add(new(file.RelativePath, 1, $"this {kind.Noun} is already given by another file"));
        }

        return item;
    }

    /// <summary>
    /// From the front matter, else the file's last commit, else the file's time on disk; a correction made later
    /// counts as a change, so feeds and the sitemap show the page as updated on that day.
    /// </summary>
    public DateOnly DateModified(SourceFile file, FrontMatterReader fm)
    {
        var modified = fm.Date("date_modified", required: false)
            ?? (context.GitDates.TryGetValue(Path.GetFullPath(file.FullPath), out var committed) ? committed : DateOnly.FromDateTime(file.LastWriteUtc));
        return _publications.TryGetValue(file.RelativePath, out var publication) && publication.LatestCorrection is { } corrected && corrected > modified
            ? corrected
            : modified;
    }

    /// <summary>The corrections a file lists, oldest first, as its page shows them.</summary>
    public List<PageCorrection> CorrectionsOf(SourceFile file) =>
        _publications.TryGetValue(file.RelativePath, out var publication)
            ? [.. publication.Corrections.OrderBy(c => c.Date).Select(c => new PageCorrection { Date = c.Date, Note = c.Note })]
            : [];

    public string SlugOf(SourceFile file, FrontMatterReader fm, string fileName)
    {
        var slug = fm.Slug("slug", required: false);
        if (slug is not null)
        {
            return slug;
        }

        if (!Slugs.IsValid(fileName))
        {
            Problems.Add(new(file.RelativePath, 1, $"file name \"{fileName}\" is not a slug: use lower-case ASCII words joined by '-', or set 'slug:'"));
        }

        return fileName;
    }

    /// <summary>The old addresses that lead to <paramref name="target"/>, checked once every page of the country is known.</summary>
    public void Aliases(FrontMatterReader fm, SourceFile file, string target)
    {
        foreach (var (alias, line) in fm.StringListWithLines("aliases", required: false))
        {
            _aliases.Add((file.RelativePath, line, alias, target));
        }
    }

    /// <summary>A source id of the country, checked once the country file is read.</summary>
    public string? Reference(FrontMatterReader fm, SourceFile file, bool required = true)
    {
        var key = fm.Text("reference", required);
        if (key is not null)
        {
            _references.Add((file.RelativePath, fm.LineOfKey("reference"), key));
        }

        return key;
    }

    /// <summary>
    /// The theme an item names, by its English slug (its file name): the item is filed under this language's slug of
    /// the same theme, read before it, so no row is changed once built. An unknown theme is reported by the checks.
    /// </summary>
    public string? ThemeReference(FrontMatterReader fm, SourceFile file)
    {
        var theme = fm.Slug("theme");
        if (theme is null)
        {
            return null;
        }

        _themeRefs.Add((file.RelativePath, fm.LineOfKey("theme"), theme));
        return Content.Themes.FirstOrDefault(t => t.Language == Code && t.CountrySlug == Slug && t.Key == theme)?.Slug ?? theme;
    }

    /// <summary>How exact a figure is: one of a few words, the same in every language.</summary>
    public static string? Qualifier(FrontMatterReader fm)
    {
        var qualifier = fm.Text("qualifier", required: false);
        if (qualifier is not null && !Qualifiers.Contains(qualifier))
        {
            fm.Problem("qualifier", $"'qualifier' must be one of: {string.Join(", ", Qualifiers)}");
            return null;
        }

        return qualifier;
    }
}

/// <summary>What every country reader of one load shares.</summary>
internal sealed record ReadContext(
    LanguageTable Languages,
    ContentKinds Kinds,
    MarkdownRenderer Markdown,
    LoadedContent Content,
    List<ContentProblem> Problems,
    IReadOnlyDictionary<string, DateOnly> GitDates)
{
    /// <summary>Reads the files of a batch not read yet; a reader hands each file on only once it is read.</summary>
    public required Action<IReadOnlyList<SourceFile>> ReadFiles { get; init; }

    /// <summary>What the loader's last load read and rendered, reused for the same bytes and text.</summary>
    public required FileReadCache Reads { get; init; }

    /// <summary>The names of front-matter keys kept once files are read, one string each however many files write it.</summary>
    public Dictionary<string, string> KeyNames { get; } = new(StringComparer.Ordinal);
}
