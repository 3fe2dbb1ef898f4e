using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Cli;

/// <summary><c>new</c> writes a page and its twins in every language, ready to edit, and never overwrites one.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("peru-new-").FullName;

    public NewCommandTests() => ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, _copy);

    private string Peru => Path.Combine(_copy, "peru");

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void NewAchievement_WritesADraftInEveryLanguageThatValidates()
    {
        var (exit, output, error) = Run("new", "achievement", "--year", "2011-2012", "--slug", "water-for-schools", "--title", "Water: for schools", "--content", _copy);

        Assert.True(exit == 0, error);
        string[] names = ["water-for-schools.md", "water-for-schools.fr.md", "water-for-schools.es.md"];
        var files = names.Select(f => Path.Combine(Peru, "achievements", "2011-2012", f)).ToList();
        Assert.All(files, f => Assert.Contains(f, output, StringComparison.Ordinal));
        var english = File.ReadAllText(files[0]);
        Assert.Contains("draft: true", english, StringComparison.Ordinal);
        Assert.Contains("title: \"Water: for schools\"", english, StringComparison.Ordinal);
        Assert.Contains("fiscal_year: 2011-2012", english, StringComparison.Ordinal);
        Assert.Contains("Todo: the title in French", File.ReadAllText(files[1]), StringComparison.Ordinal);
        Assert.Contains("Todo: the title in Spanish", File.ReadAllText(files[2]), StringComparison.Ordinal);

        var (valid, report, _) = Run("validate", "--content", _copy);
        Assert.True(valid == 0, report);
        Assert.Contains("no problems", report, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", report, StringComparison.Ordinal);
    }

    [Fact]
    public void NewProject_WritesADraftInEveryLanguageThatValidates()
    {
        var (exit, _, error) = Run("new", "project", "--slug", "clean-water", "--theme", "economic-growth", "--content", _copy);

        Assert.True(exit == 0, error);
        Assert.Contains("theme: economic-growth", File.ReadAllText(Path.Combine(Peru, "projects", "clean-water.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Peru, "projects", "clean-water.es.md")));
        var (valid, report, _) = Run("validate", "--content", _copy);
        Assert.True(valid == 0, report);
    }

    [Fact]
    public void NewTheme_IsRefusedByTheValidatorOnlyAtTheOrderTheEditorMustWrite()
    {
        var (exit, _, error) = Run("new", "theme", "--slug", "health", "--content", _copy);

        Assert.True(exit == 0, error);
        var (valid, report, _) = Run("validate", "--content", _copy);
        Assert.Equal(1, valid);
        var problems = report.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(".md:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Contains("'order' must be a whole number, not \"Todo\"", p, StringComparison.Ordinal));
    }

    [Fact]
    public void NewAchievement_ExistingSlug_RefusesAndLeavesTheFileAlone()
    {
        var file = Path.Combine(Peru, "achievements", "2011-2012", "safer-mining.md");
        var before = File.ReadAllText(file);
        var twin = Path.Combine(Peru, "achievements", "2011-2012", "safer-mining.fr.md");
        var twinBefore = File.ReadAllText(twin);

        var (exit, _, error) = Run("new", "achievement", "--year", "2011-2012", "--slug", "safer-mining", "--content", _copy);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}: already exists", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(file));
        Assert.Equal(twinBefore, File.ReadAllText(twin));
    }

    [Theory]
    [InlineData("--slug", "Safer_Mining", "--year", "2011-2012", "not a slug")]
    [InlineData("--slug", "safer", "--year", "2011-2013", "not a fiscal year")]
    [InlineData("--slug", "safer", "--year", "twenty", "not a fiscal year")]
    public void NewAchievement_InvalidSlugOrYear_ExitsTwoNamingIt(string slugOption, string slug, string yearOption, string year, string message)
    {
        var (exit, _, error) = Run("new", "achievement", slugOption, slug, yearOption, year, "--content", _copy);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Peru, "safer.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void NewAchievement_YearWithoutItsIndex_ExitsOneSayingWhatToAdd()
    {
        var (exit, _, error) = Run("new", "achievement", "--year", "2015-2016", "--slug", "later", "--content", _copy);

        Assert.Equal(1, exit);
        Assert.Contains("fiscal year 2015-2016 does not exist", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Peru, "achievements", "2015-2016")));
    }

    [Theory]
    [InlineData("new", "achievement", "--slug", "x")]
    [InlineData("new", "project")]
    [InlineData("new", "article", "--slug", "x")]
    public void New_BadUsage_ExitsTwoWithUsage(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
