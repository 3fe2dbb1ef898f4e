using System.Net;

namespace Peru.Portal.Tests.Web;

/// <summary>The home, country, achievement, search and error pages in French: interface text, formats and the language toggle.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class FrenchHomeAchievementAndSearchPagesTests(PortalFactory factory)
{
    private const char NoBreakSpace = '\u00A0';
    private const char Narrow = '\u202F';

    private readonly HttpClient _client = factory.CreateClient();

    private static void IsFrench(string html) =>
        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);

    private static void TogglePointsTo(string html, string path) =>
        Assert.Contains($"<a href=\"{path}\" lang=\"en\" hreflang=\"en\">English</a>", html, StringComparison.Ordinal);

    private static void HasNone(string text, params string[] english)
    {
        foreach (var words in english)
        {
            Assert.DoesNotContain(words, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HomePage_InFrench_ShowsFrenchHeadingAndLead()
    {
        var html = await _client.GetPageAsync("/fr");
        var text = PageAssert.MainText(html);

        IsFrench(html);
        Assert.Equal("Profils de pays", PageAssert.H1(html));
        Assert.Contains("Comment le Canada travaille avec ses pays partenaires", text, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"L’aide internationale et les relations du Canada, pays par pays.\">", html, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/fr/perou");
        HasNone(text, "Country profiles", "How Canada works");
        TogglePointsTo(html, "/en");
    }

    [Fact]
    public async Task CountryPage_InFrench_ShowsFrenchSectionsKeyFiguresAndSources()
    {
        var html = await _client.GetPageAsync("/fr/perou");
        var text = PageAssert.MainText(html);

        IsFrench(html);
        Assert.Equal("Pérou", PageAssert.H1(html));
        foreach (var heading in new[] { "Explorer ce profil", "Chiffres clés", "Contexte du pays", "Sources" })
        {
            Assert.Contains($">{heading}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains("29,5 millions de personnes", text, StringComparison.Ordinal);
        Assert.Contains("Année : 2009. Source : Essai country profile", text, StringComparison.Ordinal);
        Assert.Contains("Essai publisher. Non daté.", text, StringComparison.Ordinal);
        Assert.Contains("3 résultats déclarés pour les exercices 2010-2011 à 2011-2012, regroupés par thème.", text, StringComparison.Ordinal);
        Assert.Contains("2 projets financés", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/perou/orientation-thematique#aid-effectiveness\">Progrès en matière d’efficacité de l’aide</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/perou/realisations\">Réalisations</a>", html, StringComparison.Ordinal);
        HasNone(text, "Explore this profile", "Key figures", "Country context", "Year:", "Not dated", "results reported", "funded projects", "Thematic focus");
        TogglePointsTo(html, "/en/peru");
    }

    [Fact]
    public async Task AchievementsIndex_InFrench_ShowsFrenchFiltersCountsAndYearHeadings()
    {
        var html = await _client.GetPageAsync("/fr/perou/realisations");
        var text = PageAssert.MainText(html);

        IsFrench(html);
        Assert.Equal("Réalisations", PageAssert.H1(html));
        Assert.Contains("<a href=\"/fr/perou/realisations\" aria-current=\"true\">Tous les thèmes</a>", html, StringComparison.Ordinal);
        Assert.Contains("Afficher les réalisations par thème", text, StringComparison.Ordinal);
        Assert.Contains("3 réalisations en 2 exercices, de la plus récente à la plus ancienne.", text, StringComparison.Ordinal);
        var newer = text.IndexOf("Réalisations en 2011-2012", StringComparison.Ordinal);
        var older = text.IndexOf("Réalisations en 2010-2011", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older > newer, "2011-2012 should come before 2010-2011");
        Assert.Contains("aria-label=\"Données ouvertes\"", html, StringComparison.Ordinal);
        Assert.Contains("Données ouvertes : chaque réalisation avec son exercice", text, StringComparison.Ordinal);
        Assert.Contains("CSV fichier des réalisations", text, StringComparison.Ordinal);
        HasNone(text, "All themes", "Achievements in", "newest first", "Show achievements", "Open data", "file of the");
        TogglePointsTo(html, "/en/peru/achievements");
    }

    [Fact]
    public async Task AchievementsIndex_InFrench_ThemeFilterTitleAndSentenceAreFrench()
    {
        var html = await _client.GetPageAsync("/fr/perou/realisations?theme=enfants-et-jeunes");
        var text = PageAssert.MainText(html);

        Assert.Equal("Réalisations : Enfants et jeunes", PageAssert.H1(html));
        Assert.Contains("2 réalisations en 2 exercices pour le thème Enfants et jeunes", text, StringComparison.Ordinal);
        HasNone(text, "for the theme", "Achievements:");
    }

    [Fact]
    public async Task FiscalYearPage_InFrench_ShowsFrenchHeadingsCountAndPager()
    {
        var html = await _client.GetPageAsync("/fr/perou/realisations/2011-2012");
        var text = PageAssert.MainText(html);

        IsFrench(html);
        Assert.Equal("Réalisations en 2011-2012", PageAssert.H1(html));
        Assert.Contains("Résultats par thème", text, StringComparison.Ordinal);
        Assert.Contains("2 résultats déclarés pour l’exercice 2011-2012.", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/perou/realisations/2010-2011\" rel=\"prev\">Exercice précédent : 2010-2011</a>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Autres exercices\"", html, StringComparison.Ordinal);
        Assert.Contains("<a itemprop=\"item\" href=\"/fr/perou/realisations\"><span itemprop=\"name\">Réalisations</span></a>", html, StringComparison.Ordinal);
        HasNone(text, "Results by theme", "results reported", "Previous year", "Next year");
        TogglePointsTo(html, "/en/peru/achievements/2011-2012");
    }

    [Fact]
    public async Task AchievementPage_InFrench_ShowsFrenchLabelsNumbersAndPager()
    {
        var html = await _client.GetPageAsync("/fr/perou/realisations/2011-2012/textes-scolaires-traduits");
        var text = PageAssert.MainText(html);

        IsFrench(html);
        Assert.Equal("Textes scolaires en quatre langues autochtones", PageAssert.H1(html));
        Assert.Contains("<dt>Exercice</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Thème</dt>", html, StringComparison.Ordinal);
        Assert.Contains("Chiffres cités", text, StringComparison.Ordinal);
        Assert.Contains($"104{Narrow}000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("104,000", text, StringComparison.Ordinal);
        Assert.Contains("Exercice 2011-2012. Source : Essai country profile", text, StringComparison.Ordinal);
        Assert.Contains("Source : Essai publisher, Essai country profile (non daté)", text, StringComparison.Ordinal);
        Assert.Contains("Suivant : Exploitation minière artisanale plus sûre", text, StringComparison.Ordinal);
        Assert.Contains("Toutes les réalisations en 2011-2012", text, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Autres réalisations en 2011-2012\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Enfants et jeunes, 2011-2012&#xA0;: Textes scolaires en quatre langues autochtones.\">", html, StringComparison.Ordinal);
        HasNone(text, "Fiscal year", "Figures cited", "Next:", "Previous:", "All achievements", "More on", "Source:");
        TogglePointsTo(html, "/en/peru/achievements/2011-2012/translated-school-texts");
    }

    [Fact]
    public async Task SearchPage_InFrench_ShowsFrenchSummaryFiltersAndSections()
    {
        var html = await _client.GetPageAsync("/fr/recherche?q=essai");
        var text = PageAssert.MainText(html);

        IsFrench(html);
        Assert.Equal("Résultats de la recherche", PageAssert.H1(html));
        Assert.Matches(@"Résultats 1 à \d+ sur \d+ pour « essai »\.", text);
        Assert.Contains("Filtrer par section", text, StringComparison.Ordinal);
        Assert.Contains("Toutes les sections", text, StringComparison.Ordinal);
        Assert.Contains("Tous les thèmes", text, StringComparison.Ordinal);
        Assert.Matches(@"section=Achievements"">Réalisations \(\d+\)</a>", html);
        HasNone(text, "Results 1", "Filter by", "All sections", "All themes", "Achievements (");
        TogglePointsTo(html, "/en/search?q=essai");
    }

    [Fact]
    public async Task SearchPage_InFrench_NoResult_SaysSoAndSuggestsInFrench()
    {
        var html = await _client.GetPageAsync("/fr/recherche?q=zzzzqqq");
        var text = PageAssert.MainText(html);

        Assert.Contains("Aucun résultat pour « zzzzqqq ».", text, StringComparison.Ordinal);
        Assert.Contains("Vérifiez l’orthographe de vos mots.", text, StringComparison.Ordinal);
        Assert.Contains("Parcourir : Pérou", text, StringComparison.Ordinal);
        HasNone(text, "No results", "Check the spelling", "Browse");
    }

    [Fact]
    public async Task SearchPage_InFrench_WithoutQuery_InvitesToSearch()
    {
        var html = await _client.GetPageAsync("/fr/recherche");

        Assert.Equal("Rechercher", PageAssert.H1(html));
        Assert.Contains("Tapez un ou plusieurs mots pour chercher dans toutes les pages du portail.", PageAssert.MainText(html), StringComparison.Ordinal);
        TogglePointsTo(html, "/en/search");
    }

    [Fact]
    public async Task ErrorPage_ForAFrenchAddress_AnswersInFrench()
    {
        var html = await _client.GetPageAsync("/fr/perou/nulle-part", HttpStatusCode.NotFound);
        var text = PageAssert.MainText(html);

        IsFrench(html);
        Assert.Equal("Nous ne pouvons trouver cette page", PageAssert.H1(html));
        Assert.Contains("Erreur 404", text, StringComparison.Ordinal);
        Assert.Contains("La page demandée n’existe pas", text, StringComparison.Ordinal);
        Assert.Contains("action=\"/fr/recherche\"", html, StringComparison.Ordinal);
        Assert.Contains("placeholder=\"Rechercher dans le portail\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr\">Aller à la liste des profils de pays</a>", html, StringComparison.Ordinal);
        PageAssert.LinksTo(html, "/fr/perou/realisations");
        HasNone(text, "We couldn't find", "Error 404", "does not exist", "Go to the list");
        TogglePointsTo(html, "/en");
    }
}
