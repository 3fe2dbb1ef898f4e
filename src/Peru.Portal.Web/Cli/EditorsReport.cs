using System.Globalization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Localization;
using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Web.Cli;

/// <summary>
/// What an editor should look at: pages readers do not see (drafts, scheduled, expired), pages not changed for a
/// long time, translations older than their English page, placeholders left by <c>new</c>, and open problems.
/// Paths are relative to the content folder.
/// </summary>
public sealed record EditorsReport(
    DateTimeOffset At,
    int StaleDays,
    IReadOnlyList<EditorsReport.Draft> Drafts,
    IReadOnlyList<EditorsReport.Scheduled> ScheduledPages,
    IReadOnlyList<EditorsReport.Expired> ExpiredPages,
    IReadOnlyList<EditorsReport.Stale> StalePages,
    IReadOnlyList<EditorsReport.OutdatedTranslation> OutdatedTranslations,
    IReadOnlyList<EditorsReport.Placeholder> Unfinished,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyList<ContentProblem> Warnings)
{
    public sealed record Draft(string File, string Kind);

    public sealed record Scheduled(string File, string Kind, DateTimeOffset PublishAt);

    public sealed record Expired(string File, string Kind, DateTimeOffset ExpireAt, string? ReplacedBy);

    /// <summary><paramref name="From"/>: where the date comes from: <c>date_modified</c>, <c>git</c> or <c>file time</c>.</summary>
    public sealed record Stale(string File, DateOnly Changed, string From);

    public sealed record OutdatedTranslation(string File, DateOnly Changed, string EnglishFile, DateOnly EnglishChanged);

    public sealed record Placeholder(string File, int Line, string Text);

    /// <summary>Reads the content folder as the validator does, and the date each file last changed.</summary>
    public static EditorsReport Of(string root, ContentLoadResult result, DateTimeOffset at, int staleDays)
    {
        var languages = result.Content.Languages;
        var english = languages.Default.Code;

        // Each page is listed once, by its default-language file: its twins are published with it.
        var mine = result.Content.Publications.Where(p => p.Language == english).OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var drafts = mine.Where(p => p.Publication.StateAt(at) == PublicationState.Draft).Select(p => new Draft(p.Path, p.Kind)).ToList();
        var scheduled = mine.Where(p => p.Publication.StateAt(at) == PublicationState.Scheduled).Select(p => new Scheduled(p.Path, p.Kind, p.Publication.PublishAt!.Value)).ToList();
        var expired = mine.Where(p => p.Publication.StateAt(at) == PublicationState.Expired)
            .Select(p => new Expired(p.Path, p.Kind, p.Publication.ExpireAt!.Value, p.Publication.ReplacedBy)).ToList();

        var dates = Dates(root);
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var stale = dates.Where(d => d.Value.Changed.AddDays(staleDays) < today).OrderBy(d => d.Value.Changed).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new Stale(d.Key, d.Value.Changed, d.Value.From)).ToList();
        var outdated = new List<OutdatedTranslation>();
        foreach (var (file, (changed, _)) in dates.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (EnglishTwin(file, languages) is { } twin && dates.TryGetValue(twin, out var original) && changed < original.Changed)
            {
                outdated.Add(new(file, changed, twin, original.Changed));
            }
        }

        return new(at, staleDays, drafts, scheduled, expired, stale, outdated, Placeholders(root), result.Problems, result.Warnings);
    }

    /// <summary>The default-language file <paramref name="file"/> translates, or null when it is one itself.</summary>
    private static string? EnglishTwin(string file, LanguageTable languages)
    {
        foreach (var language in languages.All.Where(l => l != languages.Default))
        {
            var suffix = language.FileSuffix(languages);
            if (file.EndsWith(suffix, StringComparison.Ordinal))
            {
                return file[..^suffix.Length] + languages.Default.FileSuffix(languages);
            }
        }

        return null;
    }

    /// <summary>
    /// When each file last changed, as pages show it: <c>date_modified</c> in its front matter, else its last commit,
    /// else its time on disk (as the loader dates pages).
    /// </summary>
    private static Dictionary<string, (DateOnly Changed, string From)> Dates(string root)
    {
        var git = FileDates.FromGit(root);
        var dates = new Dictionary<string, (DateOnly, string)>(StringComparer.Ordinal);
        foreach (var path in Markdown(root))
        {
            var file = SourceFile.Read(root, path, new List<ContentProblem>(), ContentFiles.Disk);
            dates[file.RelativePath] = DateModified(file.FrontMatter) is { } stated ? (stated, "date_modified")
                : git.TryGetValue(Path.GetFullPath(path), out var committed) ? (committed, "git")
                : (DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)), "file time");
        }

        return dates;
    }

    private static DateOnly? DateModified(YamlMappingNode? frontMatter) =>
        frontMatter is not null && frontMatter.Children.TryGetValue(new YamlScalarNode("date_modified"), out var node) && node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>Every line still holding a placeholder <c>new</c> wrote: the page is not finished.</summary>
    private static List<Placeholder> Placeholders(string root)
    {
        var found = new List<Placeholder>();
        var marker = NewPageTemplates.Placeholder + ":";
        foreach (var path in Markdown(root))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(marker, StringComparison.Ordinal) || lines[i].TrimEnd().EndsWith(": " + NewPageTemplates.Placeholder, StringComparison.Ordinal))
                {
                    found.Add(new(ContentFiles.Relative(root, path), i + 1, lines[i].Trim()));
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> Markdown(string root) =>
        Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(p => !ContentFiles.Relative(root, p).Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
}
