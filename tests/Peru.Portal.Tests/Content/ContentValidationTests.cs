using System.Text;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

/// <summary>
/// Every kind of mistake an editor can make in the content folder is reported with the file, the line an editor
/// would go to, and a message that says what is wrong. Each test breaks a private copy of the fixture content.
/// </summary>
public sealed class ContentValidationTests : IDisposable
{
    private readonly BrokenContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void UntouchedFixtureContent_LoadsWithNoProblems()
    {
        var result = _content.Load();

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(3, result.Content.Countries.Count);
        Assert.Equal(6, result.Content.Themes.Count);
        Assert.Equal(6, result.Content.FiscalYears.Count);
        Assert.Equal(9, result.Content.Achievements.Count);
        Assert.Equal(6, result.Content.Projects.Count);
        Assert.Equal(3, result.Content.Recommendations.Count);
    }

    [Fact]
    public void BrokenYaml_IsReportedAtTheLineOfTheError()
    {
        _content.Write("peru/aid-effectiveness.md", """
            ---
            title: Progress on aid effectiveness
            summary: Progress: more aid reached the people who need it
            date_modified: 2026-01-15
            ---
            Fixture aid effectiveness text.
            """);

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/aid-effectiveness.md", 3, "not valid YAML");
    }

    [Fact]
    public void MissingRequiredKey_IsReportedAtTheStartOfTheFrontMatter()
    {
        _content.Write("peru/themes/economic-growth.md", """
            ---
            title: Economic growth
            order: 2
            date_modified: 2026-01-15
            ---
            Fixture text on what Canada supports for growth.
            """);

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/themes/economic-growth.md", 2, "missing required key 'summary'");
    }

    [Fact]
    public void MisspelledKey_IsReportedWithItsLineAndASuggestion()
    {
        _content.Write("peru/themes/economic-growth.md", """
            ---
            title: Economic growth
            summary: Fixture summary of economic growth.
            order: 2
            date_modifed: 2026-01-15
            ---
            Fixture text on what Canada supports for growth.
            """);

        var result = _content.Load();

        var problem = AssertOnlyProblem(result, "peru/themes/economic-growth.md", 5, "unknown key 'date_modifed'");
        Assert.Contains("did you mean 'date_modified'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiscalYearNotWrittenYyyyDashYyyy_IsReportedAtItsLine()
    {
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(fiscalYear: "2011-12"));

        var result = _content.Load();

        var problem = AssertOnlyProblem(result, "peru/achievements/2011-2012/safer-mining.md", 3, "YYYY-YYYY");
        Assert.Contains("2011-12", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiscalYearWithNonConsecutiveYears_IsReportedAtItsLine()
    {
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(fiscalYear: "2011-2013"));

        var result = _content.Load();

        var problem = AssertOnlyProblem(result, "peru/achievements/2011-2012/safer-mining.md", 3, "consecutive years");
        Assert.Contains("2011-2013", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountWithDollarSignAndCommas_IsReportedAsNotANumber()
    {
        _content.Write("peru/projects/resilient-puna.md", """
            ---
            title: "Resilient Puna: Fixture Project"
            funding:
              amount: $9,200,000
              currency: CAD
              duration: five years
              start_year: 2024
              end_year: 2029
            implementer: Fixture implementer
            theme: economic-growth
            location:
              - Andean communities, Peru
            regional: false
            announcement:
              by: Fixture Prime Minister
              event: Fixture leaders' meeting
              place: Lima, Peru
              start_date: 2024-11-15
              end_date: 2024-11-16
            reference: profile
            ---
            Fixture description of the project.
            """);

        var result = _content.Load();

        var problem = AssertOnlyProblem(result, "peru/projects/resilient-puna.md", 4, "'amount' must be a number");
        Assert.Contains("$9,200,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThemeThatDoesNotExist_IsReportedAtTheThemeLine()
    {
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(theme: "mining"));

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/achievements/2011-2012/safer-mining.md", 4, "theme 'mining' does not exist");
    }

    [Fact]
    public void AchievementInAYearFolderWithoutIndex_IsReportedAsAFiscalYearThatDoesNotExist()
    {
        _content.Write("peru/achievements/2012-2013/water-systems.md", Achievement(fiscalYear: "2012-2013"));

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/achievements/2012-2013/water-systems.md", 3, "fiscal year 2012-2013 does not exist");
    }

    [Fact]
    public void CountryFolderWithoutCountryFile_IsReported()
    {
        _content.Write("bolivia/program.md", """
            ---
            title: Thematic focus
            summary: Fixture summary of the program.
            goal: Fixture goal of the program.
            ---
            Fixture framework text.
            """);
        _content.Write("bolivia/map.md", "---\ntitle: Map\nsummary: Fixture summary of the map.\n---\nFixture map text.\n");

        var result = _content.Load();

        // A missing file has no line to point at: line 0, as for the other folder-level problems.
        AssertOnlyProblem(result, "bolivia/country.md", 0, "needs a country.md");
    }

    [Fact]
    public void TwoAchievementsOfOneYearWithTheSameSlug_AreReportedAtTheSlugLineOfTheDuplicate()
    {
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(extra: "slug: school-texts"));
        _content.Write("peru/achievements/2011-2012/translated-school-texts.md", Achievement(extra: "slug: school-texts", order: 1));

        var result = _content.Load();

        // Files are read in path order, so translated-school-texts.md is the second file to claim the slug.
        var problem = AssertOnlyProblem(result, "peru/achievements/2011-2012/translated-school-texts.md", 7, "more than one file");
        Assert.Contains("school-texts", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameAliasInTwoFiles_IsReportedAtTheLineOfTheSecondListing()
    {
        _content.Write("peru/achievements/2010-2011/teacher-training.md", Achievement(
            fiscalYear: "2010-2011", theme: "children-and-youth", order: 1, extra: "aliases:\n  - /en/peru/achievements/old-page"));
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(
            extra: "aliases:\n  - /en/peru/achievements/old-mining\n  - /en/peru/achievements/old-page"));

        var result = _content.Load();

        // Line 7 is 'aliases:'; the duplicate is the entry on line 9.
        var problem = AssertOnlyProblem(result, "peru/achievements/2011-2012/safer-mining.md", 9, "\"/en/peru/achievements/old-page\" is also listed in");
        Assert.Contains("peru/achievements/2010-2011/teacher-training.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasEqualToTheAddressOfALivePage_IsReportedAtItsLine()
    {
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(
            extra: "aliases:\n  - /en/peru/achievements/old-mining\n  - /en/peru/thematic-focus/economic-growth"));

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/achievements/2011-2012/safer-mining.md", 9, "is the address of a page that exists");
    }

    [Fact]
    public void SlugThatIsNotLowerCaseAsciiWords_IsReported_BothForASlugKeyAndForAFileName()
    {
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(extra: "slug: Safer_Mining"));
        _content.Write("peru/themes/Bad_Name.md", """
            ---
            title: Bad name
            summary: A theme whose file name is not a slug.
            order: 3
            ---
            Fixture text.
            """);

        var result = _content.Load();

        Assert.Equal(2, Own(result).Count);
        var key = AssertProblem(result, "peru/achievements/2011-2012/safer-mining.md", 7, "is not a slug");
        Assert.Contains("Safer_Mining", key.Message, StringComparison.Ordinal);
        var name = AssertProblem(result, "peru/themes/Bad_Name.md", 1, "is not a slug");
        Assert.Contains("Bad_Name", name.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlInABody_IsReportedAtItsLineInTheFile_AndNotRendered()
    {
        _content.Write("peru/themes/economic-growth.md", """
            ---
            title: Economic growth
            summary: Fixture summary of economic growth.
            order: 2
            ---
            Fixture text on what Canada supports for growth.

            <script>alert(1)</script>

            Growth was <b>bold</b> this year.
            """);

        var result = _content.Load();

        Assert.Equal(2, Own(result).Count);
        AssertProblem(result, "peru/themes/economic-growth.md", 8, "raw HTML is not allowed");
        AssertProblem(result, "peru/themes/economic-growth.md", 10, "raw HTML is not allowed");
        var html = result.Content.Themes.Single(t => t.Slug == "economic-growth").BodyHtml;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void JavascriptLink_IsReportedAtItsLine_AndNeverReachesTheHtml()
    {
        _content.Write("peru/themes/economic-growth.md", """
            ---
            title: Economic growth
            summary: Fixture summary of economic growth.
            order: 2
            ---
            Fixture text on what Canada supports for growth.

            Read [the plan](javascript:alert(1)) for details.

            Or the autolink <javascript:alert(2)>.
            """);

        var result = _content.Load();

        Assert.Equal(2, Own(result).Count);
        var problem = AssertProblem(result, "peru/themes/economic-growth.md", 8, "not allowed");
        Assert.Contains("javascript:", problem.Message, StringComparison.Ordinal);
        AssertProblem(result, "peru/themes/economic-growth.md", 10, "not allowed");
        var html = result.Content.Themes.Single(t => t.Slug == "economic-growth").BodyHtml;
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the plan", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesThatAreNotUtf8_AreReportedAtTheirLine()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.ASCII.GetBytes("---\ntitle: Progress on aid effectiveness\nsummary: Fixture r"));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.ASCII.GetBytes("sum of aid effectiveness.\ndate_modified: 2026-01-15\n---\nFixture aid effectiveness text.\n"));
        _content.WriteBytes("peru/aid-effectiveness.md", [.. bytes]);

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/aid-effectiveness.md", 3, "not UTF-8");
    }

    [Fact]
    public void MisEncodedText_IsReportedAtItsLine()
    {
        _content.Write("peru/aid-effectiveness.md", """
            ---
            title: Progress on aid effectiveness
            summary: Fixture rÃ©sumÃ© of aid effectiveness.
            date_modified: 2026-01-15
            ---
            Fixture aid effectiveness text.
            The next section ¶¶ continues here.
            """);

        var result = _content.Load();

        Assert.Equal(2, Own(result).Count);
        var accent = AssertProblem(result, "peru/aid-effectiveness.md", 3, "mis-encoding");
        Assert.Contains("Ã©", accent.Message, StringComparison.Ordinal);
        var pilcrows = AssertProblem(result, "peru/aid-effectiveness.md", 7, "mis-encoding");
        Assert.Contains("¶¶", pilcrows.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_IsReported()
    {
        _content.Write("peru/aid-effectiveness.md", "");

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/aid-effectiveness.md", 1, "file is empty");
    }

    [Fact]
    public void FrontMatterWithAnEmptyBody_IsReportedAtTheEndOfTheFrontMatter()
    {
        _content.Write("peru/aid-effectiveness.md", """
            ---
            title: Progress on aid effectiveness
            summary: Fixture summary of aid effectiveness.
            date_modified: 2026-01-15
            ---


            """);

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/aid-effectiveness.md", 5, "body is empty");
    }

    [Fact]
    public void FileOverOneMebibyte_IsReported()
    {
        var body = new StringBuilder();
        while (body.Length <= SourceFile.MaxBytes)
        {
            body.Append("Fixture aid effectiveness text, repeated to make the file too large.\n");
        }

        _content.Write("peru/aid-effectiveness.md", $"---\ntitle: Progress on aid effectiveness\nsummary: Fixture summary.\n---\n{body}");

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/aid-effectiveness.md", 1, "at most 1 MiB");
    }

    [Fact]
    public void ReferenceToASourceIdThatDoesNotExist_IsReportedAtTheReferenceLine()
    {
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(reference: "profle"));

        var result = _content.Load();

        var problem = AssertOnlyProblem(result, "peru/achievements/2011-2012/safer-mining.md", 6, "reference 'profle' is not a source id");
        Assert.Contains("profile", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownFileOutsideTheContentModel_IsReported()
    {
        _content.Write("peru/notes.md", """
            ---
            title: Notes
            summary: Notes an editor left in the folder.
            ---
            Remember to update the figures.
            """);

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/notes.md", 1, "not part of the content model");
    }

    [Fact]
    public void FileThatIsNotMarkdown_IsReported()
    {
        _content.WriteBytes("peru/themes/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);

        var result = _content.Load();

        AssertOnlyProblem(result, "peru/themes/photo.jpg", 1, "only Markdown files ending in .md");
    }

    [Fact]
    public void KeyWrittenTwice_IsReportedAtItsSecondOccurrence()
    {
        _content.Write("peru/aid-effectiveness.md", """
            ---
            title: Progress on aid effectiveness
            summary: Fixture summary of aid effectiveness.
            title: Progress on aid effectiveness, again
            date_modified: 2026-01-15
            ---
            Fixture aid effectiveness text.
            """);

        var result = _content.Load();

        var problem = AssertOnlyProblem(result, "peru/aid-effectiveness.md", 4, "title");
        Assert.True(
            problem.Message.Contains("twice", StringComparison.OrdinalIgnoreCase) || problem.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase),
            $"the message should say the key is repeated: {problem}");
    }

    [Fact]
    public void ProblemsInSeveralFiles_AreAllReportedInOneRun()
    {
        _content.Write("peru/themes/economic-growth.md", """
            ---
            title: Economic growth
            summary: Fixture summary of economic growth.
            order: 2
            date_modifed: 2026-01-15
            ---
            Fixture text on what Canada supports for growth.
            """);
        _content.Write("peru/achievements/2011-2012/safer-mining.md", Achievement(theme: "mining", reference: "profle"));
        _content.Write(
            "peru/projects/resilient-puna.md",
            _content.Read("peru/projects/resilient-puna.md").Replace("amount: 9200000", "amount: $9,200,000", StringComparison.Ordinal));
        _content.WriteBytes("peru/aid-effectiveness.md", [.. "---\ntitle: Progress\nsummary: Fixture r"u8, 0xC3, 0x28, .. "sum.\n---\nText.\n"u8]);
        _content.Write("peru/notes.md", "---\ntitle: Notes\n---\nNotes.\n");

        var result = _content.Load();

        Assert.Equal(6, Own(result).Count);
        AssertProblem(result, "peru/themes/economic-growth.md", 5, "unknown key 'date_modifed'");
        AssertProblem(result, "peru/achievements/2011-2012/safer-mining.md", 4, "theme 'mining' does not exist");
        AssertProblem(result, "peru/achievements/2011-2012/safer-mining.md", 6, "reference 'profle'");
        AssertProblem(result, "peru/projects/resilient-puna.md", 4, "'amount' must be a number");
        AssertProblem(result, "peru/aid-effectiveness.md", 3, "not UTF-8");
        AssertProblem(result, "peru/notes.md", 1, "not part of the content model");
    }

    /// <summary>
    /// An achievement file of fiscal year 2011-2012. Its lines: 2 title, 3 fiscal_year, 4 theme, 5 order,
    /// 6 reference, 7 the first line of <paramref name="extra"/>.
    /// </summary>
    private static string Achievement(
        string fiscalYear = "2011-2012", string theme = "economic-growth", int order = 2, string reference = "profile", string? extra = null) =>
        $"""
        ---
        title: Fixture achievement
        fiscal_year: {fiscalYear}
        theme: {theme}
        order: {order}
        reference: {reference}
        {extra}
        ---
        Fixture text about the achievement.
        """.Replace("\n\n---", "\n---", StringComparison.Ordinal);

    /// <summary>Exactly one problem at <paramref name="path"/>:<paramref name="line"/> mentions <paramref name="fragment"/>.</summary>
    private static ContentProblem AssertProblem(ContentLoadResult result, string path, int line, string fragment)
    {
        var matches = result.Problems
            .Where(p => p.Path == path && p.Message.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(matches.Count > 0, $"expected a problem in {path} mentioning \"{fragment}\". {Describe(result)}");
        var atLine = matches.Where(p => p.Line == line).ToList();
        if (atLine.Count == 0)
        {
            // Shows expected and actual locations side by side.
            Assert.Equal($"{path}:{line}", string.Join(", ", matches.Select(p => $"{p.Path}:{p.Line}")));
        }

        Assert.True(atLine.Count == 1, $"expected one problem at {path}:{line} mentioning \"{fragment}\", found {atLine.Count}. {Describe(result)}");
        return atLine[0];
    }

    /// <summary>The load found exactly one problem, the one described.</summary>
    private static ContentProblem AssertOnlyProblem(ContentLoadResult result, string path, int line, string fragment)
    {
        var problem = AssertProblem(result, path, line, fragment);
        Assert.True(Own(result).Count == 1, $"expected only {path}:{line}. {Describe(result)}");
        return problem;
    }

    /// <summary>
    /// The problems of the files a test broke. A test that rewrites an English file without its figures
    /// also makes its French twin disagree, which the twin check rightly reports; that is not under test here.
    /// </summary>
    private static List<ContentProblem> Own(ContentLoadResult result) =>
        result.Problems.Where(p => !p.Message.Contains("twin", StringComparison.Ordinal)).ToList();

    private static string Describe(ContentLoadResult result) =>
        $"Problems reported ({result.Problems.Count}):\n" + string.Join("\n", result.Problems);
}
