using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

/// <summary>
/// Every kind of broken file in the corpus is reported with its own message at the file and line to fix,
/// and nothing else is reported: the loader neither crashes, hangs, nor drops a file in silence.
/// </summary>
public sealed class BadContentCorpusTests
{
    public static TheoryData<string> Cases => new(BadContentCase.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BrokenFile_IsReportedWithItsMessageAtItsLine_AndNothingElse(string name)
    {
        var corpusCase = BadContentCase.Named(name);
        using var content = new BrokenContent();
        try
        {
            corpusCase.ApplyTo(content.Root);
            var loader = new ContentLoader(new MarkdownRenderer()) { Files = corpusCase.FilesFor(content.Root) };

            // A named pipe once made the loader wait forever: a hang fails the case instead of the run.
            var problems = (await Task.Run(() => loader.Load(content.Root)).WaitAsync(TimeSpan.FromSeconds(30))).Problems;

            var report = string.Join("\n", problems);
            Assert.NotEmpty(corpusCase.Expected);
            foreach (var expected in corpusCase.Expected)
            {
                Assert.True(problems.Any(p => BadContentCase.Matches(p, expected)), $"{name}: expected {expected.Path}:{expected.Line}: {expected.Message}\nreported:\n{report}");
            }

            var unexpected = problems.Where(p => !corpusCase.Expected.Any(e => BadContentCase.Matches(p, e))).ToList();
            Assert.True(unexpected.Count == 0, $"{name}: also reported:\n{string.Join("\n", unexpected)}");
        }
        finally
        {
            BadContentCase.CleanUpBeside(content.Root);
        }
    }

    [Fact]
    public void Corpus_HoldsAtLeast25Kinds_EachDescribedInItsReadme()
    {
        var readme = File.ReadAllText(Path.Combine(BadContentCase.CorpusRoot, "README.md"));

        Assert.True(BadContentCase.Names.Count >= 25, $"only {BadContentCase.Names.Count} kinds of broken file");
        Assert.All(BadContentCase.Names, name => Assert.Contains($"`{name}`", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void WindowsLineEndings_AreReadLikeUnixOnes()
    {
        using var content = new BrokenContent();
        const string file = "peru/achievements/2011-2012/safer-mining.md";
        var unix = content.Load().Content.Achievements.Single(a => a.Slug == "safer-mining");
        content.WriteBytes(file, System.Text.Encoding.UTF8.GetBytes(content.Read(file).ReplaceLineEndings("\r\n")));

        var result = content.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var windows = result.Content.Achievements.Single(a => a.Slug == "safer-mining");
        Assert.Equal(unix.Title, windows.Title);
        Assert.Equal(unix.BodyHtml, windows.BodyHtml);
        Assert.Equal(unix.Figures.Select(f => f.Value), windows.Figures.Select(f => f.Value));
    }
}
