using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Cli;

/// <summary>
/// The three ways the validator's findings are printed: text for an editor, one JSON document for scripts, and
/// GitHub workflow commands, which a pull request shows as annotations on the line they name.
/// </summary>
public static class ProblemFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string GitHub = "github";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static Option<string> Option()
    {
        var option = new Option<string>("--format")
        {
            Description = "text (default): path:line: message; json: one document; github: annotations on a pull request",
            HelpName = "text|json|github",
            DefaultValueFactory = _ => Text,
        };
        option.AcceptOnlyFromAmong(Text, Json, GitHub);
        return option;
    }

    /// <summary>The content folder as the editor typed it (relative to where they are), or absolute when it is elsewhere.</summary>
    public static string ShownRoot(string root, string cwd)
    {
        var shown = Path.GetRelativePath(cwd, root);
        return shown.StartsWith("..", StringComparison.Ordinal) ? root : shown;
    }

    public static void WriteText(TextWriter output, ContentLoadResult result, string shownRoot)
    {
        foreach (var problem in result.Problems)
        {
            output.WriteLine($"{Path.Combine(shownRoot, problem.Path)}:{problem.Line}: {problem.Message}");
        }

        // Warnings are printed, in the same form, and leave the exit code alone: content with warnings is imported.
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"{Path.Combine(shownRoot, warning.Path)}:{warning.Line}: warning: {warning.Message}");
        }
    }

    public static void WriteJson(TextWriter output, ContentLoadResult result, string shownRoot)
    {
        var document = new JsonReport(
            Path.TrimEndingDirectorySeparator(shownRoot).Replace('\\', '/'),
            result.Content.FileCount,
            result.IsValid,
            [.. result.Problems.Select(p => JsonProblem.Of(p, shownRoot))],
            [.. result.Warnings.Select(p => JsonProblem.Of(p, shownRoot))]);
        output.WriteLine(JsonSerializer.Serialize(document, JsonOptions));
    }

    public static void WriteGitHub(TextWriter output, ContentLoadResult result, string root)
    {
        var repository = RepositoryRoot(root);
        foreach (var problem in result.Problems.Concat(result.Warnings))
        {
            var file = Path.GetRelativePath(repository, Path.Combine(root, problem.Path)).Replace('\\', '/');
            var level = problem.Severity == ProblemSeverity.Warning ? "warning" : "error";
            output.WriteLine($"::{level} file={EscapeProperty(file)},line={problem.Line}::{EscapeData(problem.Message)}");
        }
    }

    /// <summary>
    /// GitHub reads an annotation's path from the repository's root, wherever the command ran: the root is asked of
    /// git, else the folder holding the solution, else the content folder's parent.
    /// </summary>
    public static string RepositoryRoot(string contentRoot)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", contentRoot, "rev-parse", "--show-toplevel"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is not null)
            {
                _ = git.StandardError.ReadToEndAsync();
                var top = git.StandardOutput.ReadToEnd().Trim();
                git.WaitForExit(10_000);
                if (git.ExitCode == 0 && Directory.Exists(top))
                {
                    return Path.GetFullPath(top);
                }
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            // No git: fall back on the layout below.
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Peru.Portal.sln")))
            {
                return dir.FullName;
            }
        }

        return Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(contentRoot)) ?? contentRoot;
    }

    // The escapes GitHub's runner reads in workflow commands: data may not hold line breaks, properties not : or , either.
    private static string EscapeData(string value) => value.Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) => EscapeData(value)
        .Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private sealed record JsonReport(string Content, int Files, bool Valid, IReadOnlyList<JsonProblem> Problems, IReadOnlyList<JsonProblem> Warnings);

    private sealed record JsonProblem(string File, int Line, string Severity, string Message)
    {
        public static JsonProblem Of(ContentProblem problem, string shownRoot) => new(
            Path.Combine(shownRoot, problem.Path).Replace('\\', '/'),
            problem.Line,
            problem.Severity == ProblemSeverity.Warning ? "warning" : "error",
            problem.Message);
    }
}
