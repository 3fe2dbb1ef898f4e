using System.Text.Json;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Tests.Content;

/// <summary>
/// A loader that has read the folder before takes what unchanged files gave last time rather than parsing and rendering
/// them again: what it reads is the same, row for row and problem for problem (in the same order, at the same lines),
/// as a loader reading the folder for the first time.
/// </summary>
public sealed class LoadingAgainTests : IDisposable
{
    private readonly BrokenContent _content = new();

    public void Dispose() => _content.Dispose();

    public static TheoryData<string> Cases => new(BadContentCase.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BrokenFileAfterAGoodLoad_IsReportedAsByAFreshLoader_InTheSameOrder(string name)
    {
        var corpusCase = BadContentCase.Named(name);
        try
        {
            var files = corpusCase.FilesFor(_content.Root);
            var loader = new ContentLoader(new MarkdownRenderer()) { Files = files };
            // The good folder first (a file that vanishes or is locked when read does so in this load too), so that every
            // file the case leaves alone comes from what this load kept.
            loader.Load(_content.Root);
            corpusCase.ApplyTo(_content.Root);

            // A named pipe once made the loader wait forever: a hang fails the case instead of the run.
            var again = await Task.Run(() => loader.Load(_content.Root)).WaitAsync(TimeSpan.FromSeconds(30));
            var fresh = await Task.Run(() => new ContentLoader(new MarkdownRenderer()) { Files = files }.Load(_content.Root)).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.NotEmpty(fresh.Problems);
            Assert.Equal(Report(fresh), Report(again));

            // And once more, now that the broken file's own reading is the one kept.
            Assert.Equal(Report(fresh), Report(loader.Load(_content.Root)));
        }
        finally
        {
            BadContentCase.CleanUpBeside(_content.Root);
        }
    }

    [Fact]
    public void UnchangedFolder_ReadAgain_GivesTheSameRowsAndWarnings()
    {
        _content.Append("peru/program.md", "\nThe OECD wrote it.\n");
        var loader = new ContentLoader(new MarkdownRenderer());

        var first = loader.Load(_content.Root);
        var again = loader.Load(_content.Root);

        Assert.True(again.IsValid, string.Join("\n", again.Problems));
        Assert.NotEmpty(again.Warnings);
        Assert.Equal(Report(first), Report(again));
        Assert.Equal(Rows(first), Rows(again));
    }

    [Fact]
    public void EditedFile_ReadAgain_ShowsItsNewTextAndProblems_AndTheOthersStayAsAFreshLoaderReadsThem()
    {
        var loader = new ContentLoader(new MarkdownRenderer());
        loader.Load(_content.Root);
        _content.Append("peru/program.md", "\nA new paragraph about the OECD and [a link](javascript:alert(1)).\n");

        var again = loader.Load(_content.Root);
        var fresh = new ContentLoader(new MarkdownRenderer()).Load(_content.Root);

        Assert.Contains(again.Problems, p => p.Path == "peru/program.md" && p.Message.Contains("scheme that is not allowed", StringComparison.Ordinal));
        Assert.Equal(Report(fresh), Report(again));
        Assert.Equal(Rows(fresh), Rows(again));
    }

    [Fact]
    public void GlossaryEdited_BodiesNotEdited_AreMarkedWithTheNewExpansion()
    {
        var loader = new ContentLoader(new MarkdownRenderer());
        Assert.Contains("Canadian International Development Agency", AidEffectiveness(loader.Load(_content.Root)), StringComparison.Ordinal);
        var glossary = _content.Read("peru/glossary.md");
        _content.Write("peru/glossary.md", glossary.Replace("Canadian International Development Agency", "Agency for International Development, Canada", StringComparison.Ordinal));

        var again = loader.Load(_content.Root);

        Assert.True(again.IsValid, string.Join("\n", again.Problems));
        Assert.Contains("<abbr title=\"Agency for International Development, Canada\">CIDA</abbr>", AidEffectiveness(again), StringComparison.Ordinal);
        Assert.Equal(Rows(new ContentLoader(new MarkdownRenderer()).Load(_content.Root)), Rows(again));
    }

    [Fact]
    public void FileRenamed_SameBytes_IsReportedUnderItsNewName()
    {
        var loader = new ContentLoader(new MarkdownRenderer());
        _content.Append("peru/program.md", "\nThe OECD wrote it.\n");
        Assert.Contains(loader.Load(_content.Root).Warnings, w => w.Path == "peru/program.md");
        File.Move(Path.Combine(_content.Root, "peru", "program.md"), Path.Combine(_content.Root, "peru", "programme.md"));

        var again = loader.Load(_content.Root);

        Assert.DoesNotContain(again.Problems.Concat(again.Warnings), p => p.Path == "peru/program.md");
        Assert.Contains(again.Problems, p => p.Path == "peru/programme.md");
        Assert.Equal(Report(new ContentLoader(new MarkdownRenderer()).Load(_content.Root)), Report(again));
    }

    private static string AidEffectiveness(ContentLoadResult result) =>
        result.Content.SectionPages.Single(p => p.Language == "en" && p.Kind == "aid-effectiveness").BodyHtml;

    /// <summary>Every problem and warning, as the log and /healthz give them, in order.</summary>
    private static List<string> Report(ContentLoadResult result) =>
        [.. result.Problems.Select(p => p.ToString()), "--", .. result.Warnings.Select(p => p.ToString())];

    /// <summary>Every row the importer would write, column by column, in order.</summary>
    private static List<string> Rows(ContentLoadResult result) =>
        [.. StoreModel.TablesInOrder.SelectMany(table => result.Content.RowsOf(table.ClrType).Cast<object>()
            .Select(row => table.Name + ": " + string.Join(" | ", table.GetProperties()
                .Where(p => p.PropertyInfo is not null)
                .Select(p => JsonSerializer.Serialize(p.PropertyInfo!.GetValue(row))))))];
}
