using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

public sealed class GlossaryContentTests : IDisposable
{
    private readonly BrokenContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Glossary_IsReadInAlphabeticalOrderOfItsLanguage_WithAnchorsAndExpansions()
    {
        var result = _content.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var english = result.Content.Glossary.Where(g => g.Language == "en").OrderBy(g => g.Order).ToList();
        Assert.Equal(["CAD", "CIDA", "disbursement", "fiscal year", "LIMA-DA"], english.Select(g => g.Term));
        Assert.Equal(["cad", "cida", "disbursement", "fiscal-year", "lima-da"], english.Select(g => g.Anchor));
        Assert.Equal("Canadian International Development Agency", english.Single(g => g.Term == "CIDA").Expansion);
        Assert.All(english, g => Assert.Equal("peru", g.CountrySlug));
        var french = result.Content.Glossary.Where(g => g.Language == "fr").OrderBy(g => g.Order).ToList();
        Assert.Equal(["ACDI", "CAD", "décaissement", "exercice", "LIMA-DA"], french.Select(g => g.Term));
        Assert.All(french, g => Assert.Equal("perou", g.CountrySlug));
        Assert.Equal("Essai définition d'un exercice\u00A0: du 1er avril au 31 mars.", french.Single(g => g.Term == "exercice").Definition);
    }

    [Fact]
    public void FirstUseOfEachAbbreviation_IsMarkedWithItsExpansion_AndLaterUsesAreNot()
    {
        var result = _content.Load();
        var html = result.Content.SectionPages.Single(p => p.Language == "en" && p.Kind == "aid-effectiveness").BodyHtml;

        Assert.Equal(1, Count(html, "<abbr title=\"Canadian International Development Agency\">CIDA</abbr>"));
        Assert.Equal(2, Count(html, "<abbr"));
        Assert.Contains("<abbr title=\"Canadian International Development Agency\">CIDA</abbr> reported progress with <abbr title=", html, StringComparison.Ordinal);
        Assert.Contains("; CIDA reported again", html, StringComparison.Ordinal);
        Assert.Contains("<code>CIDA</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AbbreviationWithoutExpansion_IsMarkedWithItsDefinition_OnceOnEachPage()
    {
        _content.Append("peru/program.md", "\nLIMA-DA and LIMA-DA again.\n");

        var result = _content.Load();
        var program = result.Content.SectionPages.Single(p => p.Language == "en" && p.Kind == "program").BodyHtml;
        var aid = result.Content.SectionPages.Single(p => p.Language == "en" && p.Kind == "aid-effectiveness").BodyHtml;

        Assert.Equal(1, Count(program, "<abbr title=\"Fixture code for a responsibility centre, not spelled out in the source.\">LIMA-DA</abbr>"));
        Assert.Equal(1, Count(aid, ">LIMA-DA</abbr>"));
        Assert.Contains("<abbr title=\"Agence canadienne de développement international\">ACDI</abbr>", result.Content.SectionPages.Single(p => p.Language == "fr" && p.Kind == "aid-effectiveness").BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void AcronymTheGlossaryLacks_IsAWarningAtItsLine_AndTheContentStaysValid()
    {
        _content.Append("peru/program.md", "\nThe OECD and the `XYZ` code, https://example.org/ABCD and CIDA, Part II.\n");

        var result = _content.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("peru/program.md", warning.Path);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(_content.Read("peru/program.md").Split('\n').ToList().FindIndex(l => l.Contains("OECD", StringComparison.Ordinal)) + 1, warning.Line);
        Assert.StartsWith($"peru/program.md:{warning.Line}: warning: 'OECD' is not in the glossary", warning.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The ÉTÉ report.", "ÉTÉ")]
    [InlineData("Write to info@example.org about DFATD.", "DFATD")]
    [InlineData("The `x` code and the OAS.", "OAS")]
    [InlineData("A G20 note, an AbC mix and Part IV.", null)]
    public void AcronymOnALine_IsFoundWhereverItStands_AndALineWithoutTwoCapitalsInARowHasNone(string line, string? acronym)
    {
        _content.Append("peru/program.md", $"\n{line}\n");

        var result = _content.Load();

        Assert.Equal(acronym is null ? [] : [acronym], result.Warnings.Select(w => w.Message.Split('\'')[1]));
    }

    [Fact]
    public void GlossaryEntryWithBothTermAndAbbreviation_IsAProblem()
    {
        _content.Write("peru/glossary.md", """
            ---
            title: Glossary
            summary: Fixture summary of the glossary.
            entries:
              - term: disbursement
                abbreviation: DISB
                definition: Fixture definition.
            ---
            Fixture glossary text.
            """);

        var result = _content.Load();

        Assert.Contains(result.Problems, p => p.Path == "peru/glossary.md" && p.Line == 5 && p.Message.Contains("either 'term'", StringComparison.Ordinal));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
