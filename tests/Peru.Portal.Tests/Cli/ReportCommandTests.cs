using System.Text.Json;
using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Cli;

/// <summary>The editors' report lists what readers do not see, what is old or behind its English page, and what is wrong.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("peru-report-").FullName;

    public ReportCommandTests() => ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, _copy);

    private string Peru => Path.Combine(_copy, "peru");

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void Report_DraftScheduledAndExpiredPages_AreEachListedOnceByTheirEnglishFile()
    {
        Insert(Path.Combine("achievements", "2011-2012", "safer-mining.md"), "draft: true");
        Insert(Path.Combine("projects", "resilient-puna.md"), "publish_at: 2099-01-01T09:00:00-05:00");
        Insert(Path.Combine("achievements", "2010-2011", "teacher-training.md"), "expire_at: 2000-01-01T00:00:00+00:00");

        var (exit, output, error) = Run("report", "--content", _copy);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("Drafts: never published; seen in preview: 1", lines);
        Assert.Contains($"{Path.Combine(_copy, "peru", "achievements", "2011-2012", "safer-mining.md")}  (achievement)", lines);
        Assert.Contains("Scheduled: published by themselves at publish_at: 1", lines);
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(_copy, "peru", "projects", "resilient-puna.md"), StringComparison.Ordinal) && l.EndsWith("appears 2099-01-01T09:00:00-05:00", StringComparison.Ordinal));
        Assert.Contains("Expired: no longer published: 1", lines);
        Assert.Contains(lines, l => l.Contains("teacher-training.md  (achievement) expired 2000-01-01T00:00:00+00:00; its address answers 410 Gone", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(".fr.md  (", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_OldPagesAndOlderTranslations_AreListedWithTheirDates()
    {
        var twin = Path.Combine(Peru, "achievements", "2010-2011", "teacher-training.fr.md");
        File.WriteAllText(twin, File.ReadAllText(twin).Replace("date_modified: 2026-02-01", "date_modified: 2026-01-20", StringComparison.Ordinal));

        var (_, output, _) = Run("report", "--content", _copy, "--stale-days", "1000", "--format", "json");

        using var document = JsonDocument.Parse(output);
        var outdated = Assert.Single(document.RootElement.GetProperty("outdated_translations").EnumerateArray());
        Assert.Equal(twin, outdated.GetProperty("file").GetString());
        Assert.Equal("2026-01-20", outdated.GetProperty("changed").GetString());
        Assert.Equal(Path.Combine(Peru, "achievements", "2010-2011", "teacher-training.md"), outdated.GetProperty("english_file").GetString());
        Assert.Equal("2026-02-01", outdated.GetProperty("english_changed").GetString());
        Assert.Equal(1000, document.RootElement.GetProperty("stale_days").GetInt32());
        var stale = document.RootElement.GetProperty("stale").EnumerateArray().Select(s => s.GetProperty("file").GetString()).ToList();
        var theme = Path.Combine(Peru, "themes", "economic-growth.md");
        var pastDue = DateOnly.FromDateTime(DateTime.UtcNow) > new DateOnly(2026, 1, 15).AddDays(1000);
        Assert.Equal(pastDue, stale.Contains(theme));

        var (_, all, _) = Run("report", "--content", _copy, "--stale-days", "0", "--format", "json");
        using var everything = JsonDocument.Parse(all);
        Assert.Contains(everything.RootElement.GetProperty("stale").EnumerateArray(), s => s.GetProperty("file").GetString() == theme && s.GetProperty("from").GetString() == "date_modified");
    }

    [Fact]
    public void Report_NewPageNotYetWritten_IsListedAsUnfinishedAtEachPlaceholder()
    {
        Run("new", "achievement", "--year", "2011-2012", "--slug", "water-for-schools", "--content", _copy);

        var (_, output, _) = Run("report", "--content", _copy, "--format", "json");

        using var document = JsonDocument.Parse(output);
        var unfinished = document.RootElement.GetProperty("unfinished").EnumerateArray().ToList();
        Assert.Contains(unfinished, u => u.GetProperty("file").GetString()!.EndsWith("water-for-schools.fr.md", StringComparison.Ordinal)
            && u.GetProperty("text").GetString() == "title: \"Todo: the title in French\"");
        Assert.Contains(document.RootElement.GetProperty("drafts").EnumerateArray(), d => d.GetProperty("file").GetString()!.EndsWith("water-for-schools.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_BrokenContent_ListsTheOpenProblemAtItsLineAndStillExitsZero()
    {
        var file = Path.Combine(Peru, "themes", "economic-growth.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("order: 2", "order: second", StringComparison.Ordinal));

        var (exit, output, _) = Run("report", "--content", _copy);

        Assert.Equal(0, exit);
        Assert.Contains("Open problems: the content is not imported until they are fixed: 1", output, StringComparison.Ordinal);
        Assert.Contains($"{file}:4: 'order' must be a whole number", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--format", "github")]
    [InlineData("report", "--stale-days", "-3")]
    [InlineData("report", "--stale-days", "a year")]
    public void Report_BadUsage_ExitsTwoWithUsage(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    private void Insert(string relative, string line)
    {
        var file = Path.Combine(Peru, relative);
        File.WriteAllText(file, "---\n" + line + "\n" + File.ReadAllText(file)["---\n".Length..]);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
