using System.Diagnostics;
using System.Text.Json;
using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Cli;

/// <summary>The validator's machine-readable formats: one JSON document, and GitHub annotations on the right line.</summary>
public sealed class ValidateFormatTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("peru-formats-").FullName;

    public ValidateFormatTests() => ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, Content);

    private string Content => Path.Combine(_repository, "site", "content");

    private string Theme => Path.Combine(Content, "peru", "themes", "economic-growth.md");

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public void ValidateJson_BrokenFile_IsOneDocumentNamingFileLineAndSeverity()
    {
        File.WriteAllText(Theme, File.ReadAllText(Theme).Replace("order: 2", "order: second", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(Content, "peru", "program.md"), "\nThe OECD reports.\n");

        var (exit, output, _) = Run("validate", "--content", Content, "--format", "json");

        Assert.Equal(1, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.True(root.GetProperty("files").GetInt32() > 0);
        var problem = Assert.Single(root.GetProperty("problems").EnumerateArray());
        Assert.Equal(Path.Combine(Content, "peru", "themes", "economic-growth.md"), problem.GetProperty("file").GetString());
        Assert.Equal(4, problem.GetProperty("line").GetInt32());
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Equal("'order' must be a whole number, not \"second\"", problem.GetProperty("message").GetString());
        var warning = Assert.Single(root.GetProperty("warnings").EnumerateArray());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Contains("OECD", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateJson_CleanContent_IsValidWithEmptyLists()
    {
        var (exit, output, _) = Run("validate", "--content", Content, "--format", "json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        Assert.True(document.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(0, document.RootElement.GetProperty("problems").GetArrayLength());
        Assert.Equal(0, document.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void ValidateGitHub_BrokenFile_AnnotatesTheLineWithAPathFromTheRepositoryRoot()
    {
        Git("init", "-q", _repository);
        File.WriteAllText(Theme, File.ReadAllText(Theme).Replace("order: 2", "order: second", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(Content, "peru", "program.md"), "\nThe OECD reports.\n");

        var (exit, output, _) = Run("validate", "--content", Content, "--format", "github");

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("::error file=site/content/peru/themes/economic-growth.md,line=4::'order' must be a whole number, not \"second\"", lines);
        Assert.Contains(lines, l => l.StartsWith("::warning file=site/content/peru/program.md,line=", StringComparison.Ordinal) && l.Contains("'OECD' is not in the glossary", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateFormat_UnknownFormat_ExitsTwoWithUsage()
    {
        var (exit, _, error) = Run("validate", "--content", Content, "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    private static void Git(params string[] args)
    {
        using var git = Process.Start(new ProcessStartInfo("git", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
