using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

/// <summary>The keys that name a project or a country in the IATI Standard are checked like any other, at their file and line.</summary>
public sealed class IatiKeysValidationTests : IDisposable
{
    private readonly BrokenContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("iati_identifier: resilient-puna", "'iati_identifier' must be an organisation identifier and the activity's reference joined by '-'")]
    [InlineData("iati_identifier: CA-3-D004185 (GAC)", "without spaces")]
    [InlineData("iati_identifier: CA-3", "'iati_identifier' must be an organisation identifier")]
    [InlineData("activity_status: implementation", "'activity_status' must be an IATI activity status code (1, 2, 3, 4, 5, 6), not \"implementation\"")]
    public void ProjectWithAMalformedIatiKey_IsAProblemAtItsLine(string line, string fragment)
    {
        Break("peru/projects/resilient-puna.md", line);

        var problem = Assert.Single(Own(_content.Load()));
        Assert.Equal("peru/projects/resilient-puna.md", problem.Path);
        Assert.Equal(2, problem.Line);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountryWithAnIsoCodeThatIsNotTwoCapitals_IsAProblemAtItsLine()
    {
        _content.Write("peru/country.md", _content.Read("peru/country.md").Replace("iso_code: PE", "iso_code: Peru", StringComparison.Ordinal));

        var problem = Assert.Single(Own(_content.Load()));
        Assert.Equal("peru/country.md", problem.Path);
        Assert.Contains("'iso_code' must be the country's ISO 3166-1 alpha-2 code", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IatiIdentifierOnlyInOneTwin_IsReportedOnEachOtherTwin()
    {
        Break("peru/projects/resilient-puna.md", "iati_identifier: CA-3-D004185");

        var result = _content.Load();
        var problems = result.Problems;

        Assert.Equal(["peru/projects/resilient-puna.es.md", "peru/projects/resilient-puna.fr.md"], problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(problems, p => Assert.StartsWith("'iati_identifier' differs from the English twin peru/projects/resilient-puna.md", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void WellFormedIatiKeys_LoadWithNoProblem()
    {
        foreach (var twin in new[] { "", ".fr", ".es" })
        {
            Break($"peru/projects/resilient-puna{twin}.md", "iati_identifier: CA-3-D004185\nactivity_status: \"2\"");
        }

        var result = _content.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Empty(result.Warnings);
        Assert.All(result.Content.Projects.Where(p => p.Key == "resilient-puna"), p => Assert.Equal(("CA-3-D004185", "2"), (p.IatiIdentifier, p.ActivityStatus)));
    }

    // The key goes on the line after the opening '---', so it is line 2 of the file.
    private void Break(string path, string line) => _content.Write(path, "---\n" + line + "\n" + _content.Read(path)[4..]);

    private static List<ContentProblem> Own(ContentLoadResult result) =>
        [.. result.Problems.Where(p => !p.Message.Contains("twin", StringComparison.Ordinal))];
}
