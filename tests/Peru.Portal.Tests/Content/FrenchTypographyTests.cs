using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

public sealed class FrenchTypographyTests
{
    private const char Nbsp = '\u00A0';
    private const char Narrow = '\u202F';

    [Theory]
    [InlineData("Objectif : réduire la pauvreté", "Objectif\u00A0: réduire la pauvreté")]
    [InlineData("Objectif: réduire la pauvreté", "Objectif\u00A0: réduire la pauvreté")]
    [InlineData("d’abord ; ensuite", "d’abord\u202F; ensuite")]
    [InlineData("Bravo !", "Bravo\u202F!")]
    [InlineData("Pourquoi ?", "Pourquoi\u202F?")]
    [InlineData("Pourquoi?", "Pourquoi?")]
    [InlineData("9,4 % des fonds", "9,4\u202F% des fonds")]
    [InlineData("9,4% des fonds", "9,4\u202F% des fonds")]
    [InlineData("500 $ par mois", "500\u202F$ par mois")]
    [InlineData("28,27 M$", "28,27\u202FM$")]
    [InlineData("1,25 $ US par jour", "1,25\u202F$\u202FUS par jour")]
    [InlineData("« Oui » et «non»", "«\u00A0Oui\u00A0» et «\u00A0non\u00A0»")]
    public void Apply_PutsTheRightNoBreakSpaceBeforeOrInsideTheMark(string typed, string expected)
    {
        Assert.Equal(expected, FrenchTypography.Apply(typed));
    }

    [Theory]
    [InlineData("9 200 000 $", "9\u202F200\u202F000\u202F$")]
    [InlineData("9200000 $", "9\u202F200\u202F000\u202F$")]
    [InlineData("104 000 enfants", "104\u202F000 enfants")]
    [InlineData("12500 enseignants", "12\u202F500 enseignants")]
    [InlineData("1500 $", "1\u202F500\u202F$")]
    public void Apply_GroupsTheDigitsOfNumbersWithNarrowNoBreakSpaces(string typed, string expected)
    {
        Assert.Equal(expected, FrenchTypography.Apply(typed));
    }

    [Theory]
    [InlineData("En 2024, 300 personnes")]
    [InlineData("l’exercice 2011-2012")]
    [InlineData("de 1944 à 2012")]
    [InlineData("la séance de 9:00 à 10:30")]
    [InlineData("le projet D-003456-001")]
    [InlineData("1500 participants")]
    public void Apply_LeavesYearsTimesCodesAndFourDigitCountsAlone(string typed)
    {
        Assert.Equal(typed, FrenchTypography.Apply(typed));
    }

    [Theory]
    [InlineData("Voir https://example.org/page?a=1&b=2 ou http://x.ca/a;b", "Voir https://example.org/page?a=1&b=2 ou http://x.ca/a;b")]
    [InlineData("Écrire à essai@example.org : merci", "Écrire à essai@example.org\u00A0: merci")]
    [InlineData("mailto:portail@example.org", "mailto:portail@example.org")]
    public void Apply_NeverChangesAddressesOrEmailAddresses(string typed, string expected)
    {
        Assert.Equal(expected, FrenchTypography.Apply(typed));
    }

    [Theory]
    [InlineData("Objectif : 9,4 % ; « oui » ! 9200000 $ ?")]
    [InlineData("Source\u00A0: 9\u00A0200\u00A0000\u00A0$")]
    public void Apply_Twice_ChangesNothingMore(string typed)
    {
        var once = FrenchTypography.Apply(typed);

        Assert.Equal(once, FrenchTypography.Apply(once));
        Assert.DoesNotContain(" :", once, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ToTextTypedWithNoBreakSpaces_UsesTheNarrowOneWhereTheRuleSays()
    {
        Assert.Equal($"9{Narrow}200{Narrow}000{Narrow}$", FrenchTypography.Apply($"9{Nbsp}200{Nbsp}000{Nbsp}$"));
    }

    [Fact]
    public void FrenchBody_GetsTheRuleInItsText_ButNotInCodeOrLinkAddresses()
    {
        var renderer = new MarkdownRenderer();
        var rendered = renderer.Render(
            "Objectif : **9,4 %** des fonds ! Voir [la page](https://example.org/a?b=c \"Titre : x\") et `code : 9:00`.\n\n```\nbloc : code\n```\n\n![Image : alt](https://example.org/i.png)",
            new MarkdownContext(French: true, new Dictionary<string, string>()));

        Assert.Contains($"Objectif{Nbsp}: <strong>9,4{Narrow}%</strong> des fonds{Narrow}!", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a?b=c\"", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("title=\"Titre : x\"", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<code>code : 9:00</code>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("bloc : code", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Image : alt\"", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishBody_IsLeftAsTyped()
    {
        var renderer = new MarkdownRenderer();
        var text = "Goal : 9.4 % of funds ! Really ?";

        var rendered = renderer.Render(text, new MarkdownContext(French: false, new Dictionary<string, string>()));

        Assert.Equal($"<p>{text}</p>\n", rendered.Html);
    }

    [Fact]
    public void FrenchBody_CutByEmphasis_StillGetsTheSpacesAroundTheEmphasis()
    {
        var rendered = new MarkdownRenderer().Render("**Objectif** : « *mot* » ?", new MarkdownContext(French: true, new Dictionary<string, string>()));

        Assert.Equal($"<p><strong>Objectif</strong>{Nbsp}: «{Nbsp}<em>mot</em>{Nbsp}»{Narrow}?</p>\n", rendered.Html);
    }
}
