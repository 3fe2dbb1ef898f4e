using Peru.Portal.Tests.Cli;
using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Export;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("peru-export-command-").FullName;

    private string Content => Path.Combine(_folder, "content");

    private string Out => Path.Combine(_folder, "site");

    public ExportCommandTests() => ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, Content);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("export")]
    [InlineData("export", "--out")]
    [InlineData("export", "--content", "x")]
    [InlineData("export", "--out", "x", "--colour", "red")]
    public void Export_BadUsage_ExitsTwoWithUsage(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
        Assert.Contains("export --out DIR", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_BaseUrlThatIsNotAnAddress_ExitsTwo()
    {
        var (exit, _, error) = Run("export", "--content", Content, "--out", Out, "--base-url", "portal.example.org");

        Assert.Equal(2, exit);
        Assert.Contains("--base-url", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Export_IntoAFolderOfOtherFiles_ExitsTwoAndLeavesThem()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "notes.txt"), "mine");

        var (exit, _, error) = Run("export", "--content", Content, "--out", Out);

        Assert.Equal(2, exit);
        Assert.Contains("not empty", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "notes.txt")));
    }

    [Fact]
    public void Export_InvalidContent_ExitsOneNamesTheProblemAndWritesNothing()
    {
        var file = Path.Combine(Content, "peru", "themes", "economic-growth.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("order: 2", "order: second", StringComparison.Ordinal));

        var (exit, _, error) = Run("export", "--content", Content, "--out", Out);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:4: 'order' must be a whole number", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Export_Twice_ReplacesThePreviousExportAndSummarises()
    {
        var (first, _, _) = Run("export", "--content", Content, "--out", Out);
        File.WriteAllText(Path.Combine(Out, "stale.html"), "from an older export");

        var (exit, output, error) = Run("export", "--content", Content, "--out", Out, "--base-url", "https://static.example.org");

        Assert.Equal(0, first);
        Assert.True(exit == 0, error);
        Assert.False(File.Exists(Path.Combine(Out, "stale.html")));
        Assert.Matches(@"\d+ pages, 2 redirects, 84 data files, \d+ assets, \d+ bytes in \d+\.\d s", output);
        Assert.Contains("<link rel=\"canonical\" href=\"https://static.example.org/en/peru\">", File.ReadAllText(Path.Combine(Out, "en", "peru", "index.html")), StringComparison.Ordinal);
        Assert.Contains("<loc>https://static.example.org/fr/perou</loc>", File.ReadAllText(Path.Combine(Out, "sitemap.xml")), StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
