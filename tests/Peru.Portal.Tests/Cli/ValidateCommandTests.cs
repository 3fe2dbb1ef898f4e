using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("peru-validate-").FullName;

    public ValidateCommandTests() => CopyDirectory(PortalFactory.FixtureContent, _copy);

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void Validate_CleanContent_ExitsZeroAndSaysSo()
    {
        var (exit, output, _) = Run("validate", "--content", _copy);

        Assert.Equal(0, exit);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcronymMissingFromTheGlossary_PrintsAWarningAndStillExitsZero()
    {
        var file = Path.Combine(_copy, "peru", "program.md");
        File.AppendAllText(file, "\nThe OECD reports.\n");
        var line = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("OECD", StringComparison.Ordinal)) + 1;

        var (exit, output, _) = Run("validate", "--content", _copy);

        Assert.Equal(0, exit);
        Assert.Contains($"{file}:{line}: warning: 'OECD' is not in the glossary", output, StringComparison.Ordinal);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
        Assert.Contains("1 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenFile_ExitsOneAndNamesFileAndLine()
    {
        var file = Path.Combine(_copy, "peru", "themes", "economic-growth.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("order: 2", "order: second", StringComparison.Ordinal));

        var (exit, output, _) = Run("validate", "--content", _copy);

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(_copy, "peru", "themes", "economic-growth.md")}:4: 'order' must be a whole number", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralBrokenFiles_ReportsEveryOneInOneRun()
    {
        File.WriteAllText(Path.Combine(_copy, "peru", "themes", "economic-growth.md"), "");
        File.WriteAllText(Path.Combine(_copy, "peru", "program.md"), "---\ntitle: x\n---\n");

        var (exit, output, _) = Run("validate", "--content", _copy);

        Assert.Equal(1, exit);
        Assert.Contains("economic-growth.md:1: file is empty", output, StringComparison.Ordinal);
        Assert.Contains("program.md:3: body is empty", output, StringComparison.Ordinal);
        Assert.Contains("program.md:2: missing required key 'summary'", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "--content")]
    [InlineData("validate", "--colour")]
    [InlineData("frobnicate")]
    public void Validate_BadUsage_ExitsTwoWithUsage(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFolder_ExitsTwo()
    {
        var (exit, _, error) = Run("validate", "--content", Path.Combine(_copy, "nowhere"));

        Assert.Equal(2, exit);
        Assert.Contains("content folder not found", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
