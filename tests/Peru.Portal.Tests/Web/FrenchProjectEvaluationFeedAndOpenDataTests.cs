using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace Peru.Portal.Tests.Web;

/// <summary>The French projects and evaluation pages, the French feed and the French open data files.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed partial class FrenchProjectEvaluationFeedAndOpenDataTests(PortalFactory factory)
{
    private const char NoBreak = '\u00A0';
    private const char Narrow = '\u202F';

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ProjectsPage_InFrench_HasFrenchHeadingsTableAndFormats()
    {
        var html = await GetHtmlAsync("/fr/perou/projets");
        var main = PageAssert.MainText(html);

        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Equal("Pérou : projets financés", PageAssert.H1(html));
        Assert.Contains(@"<h2 id=""filter-theme"">Filtrer par thème</h2>", html, StringComparison.Ordinal);
        Assert.Contains(@"<h2 id=""projects"">Projets</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"9{Narrow}200{Narrow}000{Narrow}$", html, StringComparison.Ordinal);
        Assert.Contains("2024-2029", html, StringComparison.Ordinal);
        Assert.Contains("Affichage de 2 sur 2 projets.", main, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""col"" aria-sort=""ascending"">\s*<a href=""[^""]*"">Projet</a>\s*<span>\(tri croissant\)</span>", html);
        Assert.Contains(">Nouveau financement annoncé</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Période</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Thème</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Lieu\u00A0: \">Régional</td>", html, StringComparison.Ordinal);
        Assert.Matches($@"<th scope=""row"">Nouveau financement annoncé à Lima, Pérou, les 15 et 16 novembre 2024 \(2 projets\)</th>\s*<td class=""num"">10{Narrow}400{Narrow}000{Narrow}\$</td>", html);
        Assert.Contains("Source :", main, StringComparison.Ordinal);
        Assert.Contains(@"href=""/fr/perou/projets.csv""", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Filter by", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Showing", main, StringComparison.Ordinal);
        Assert.DoesNotContain("sorted", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsPage_InFrench_FiltersThatMatchNothing_SayItInFrench()
    {
        var html = await GetHtmlAsync("/fr/perou/projets?scope=regional&sort=amount&dir=desc");
        var main = PageAssert.MainText(html);

        Assert.Contains("Affichage de 1 sur 2 projets (projets régionaux seulement).", main, StringComparison.Ordinal);
        Assert.Contains("(tri décroissant)", main, StringComparison.Ordinal);
        Assert.Contains(@"aria-current=""true"">Régional</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_InFrench_HasFrenchLabelsAnnouncementAndFormats()
    {
        var html = await GetHtmlAsync("/fr/perou/projets/puna-resiliente");
        var main = PageAssert.MainText(html);

        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Equal("Puna résiliente : projet d'essai", PageAssert.H1(html));
        Assert.Contains("<dt>Nouveau financement annoncé</dt>", html, StringComparison.Ordinal);
        Assert.Contains($"9{Narrow}200{Narrow}000{Narrow}$", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Période du nouveau financement</dt>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Valeur totale", main, StringComparison.Ordinal);
        Assert.Contains("<dd>cinq ans, 2024-2029</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Partenaire d’exécution</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Thème</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Projet régional</dt>", html, StringComparison.Ordinal);
        Assert.Contains("Non : ce projet se déroule au Pérou", main, StringComparison.Ordinal);
        Assert.Contains("les 15 et 16 novembre 2024", main, StringComparison.Ordinal);
        Assert.DoesNotContain("du 15 au 16", main, StringComparison.Ordinal);
        Assert.Contains("Annoncé par", main, StringComparison.Ordinal);
        Assert.Contains(@"<h2 id=""description"">Description</h2>", html, StringComparison.Ordinal);
        Assert.Matches(@"<a itemprop=""item"" href=""/fr/perou/projets""><span itemprop=""name"">Projets</span></a>", html);
        Assert.Contains(@"<a href=""/fr/perou/projets"">Tous les projets</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Announced", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Funding", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionalProjectPage_InFrench_SaysItWorksOutsidePeru()
    {
        var main = PageAssert.MainText(await GetHtmlAsync("/fr/perou/projets/fonds-regional"));

        Assert.Contains("Oui : ce projet se déroule hors du Pérou", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Personnes rejointes", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationPage_InFrench_HasFrenchHeadingsTableAndDates()
    {
        var html = await GetHtmlAsync("/fr/perou/evaluation");
        var main = PageAssert.MainText(html);

        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Equal("Évaluation et réponse de la direction", PageAssert.H1(html));
        Assert.Contains("<dt>Période visée</dt>", html, StringComparison.Ordinal);
        Assert.Contains("Exercices de 2013-2014 à 2018-2019", main, StringComparison.Ordinal);
        Assert.Contains("<dt>Recommandations</dt>", html, StringComparison.Ordinal);
        Assert.Contains(@"<a href=""/fr/perou/evaluation/renforcement-des-capacites"">Recommandation 1 : renforcement des capacités (essai)</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommandation 1 : Recommandation 1", main, StringComparison.Ordinal);
        Assert.Contains("<h3>Engagements</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Centres de responsabilité</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>Essai Program</strong> : Essai agrees with this recommendation.</li>", html, StringComparison.Ordinal);
        Assert.Contains(@"<li>Essai Program : <time datetime=""2021-06"">juin 2021</time></li>", html, StringComparison.Ordinal);
        Assert.Contains(@"<th scope=""col"">Recommandation</th>", html, StringComparison.Ordinal);
        Assert.Contains(@"<th scope=""col"">Centre de responsabilité</th>", html, StringComparison.Ordinal);
        Assert.Contains(@"<th scope=""col"">Date d’achèvement prévue</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Commitments", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Target", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecommendationPage_InFrench_HasFrenchHeadingsBreadcrumbAndPager()
    {
        var html = await GetHtmlAsync("/fr/perou/evaluation/renforcement-des-capacites");
        var main = PageAssert.MainText(html);

        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Equal("Recommandation 1 : renforcement des capacités (essai)", PageAssert.H1(html));
        Assert.Contains(@"<h2 id=""commitments"">Engagements</h2>", html, StringComparison.Ordinal);
        Assert.Contains(@"<h2 id=""responsibility-centres"">Centres de responsabilité</h2>", html, StringComparison.Ordinal);
        Assert.Contains(@"<h2 id=""target-dates"">Dates d’achèvement prévues</h2>", html, StringComparison.Ordinal);
        Assert.Contains(@"<time datetime=""2021-06"">juin 2021</time>", html, StringComparison.Ordinal);
        Assert.Contains(@"<a href=""/fr/perou/evaluation"">Évaluation et réponse de la direction</a>", html, StringComparison.Ordinal);
        Assert.Contains(@"<a itemprop=""item"" href=""/fr/perou/evaluation""><span itemprop=""name"">Évaluation</span></a>", html, StringComparison.Ordinal);
        Assert.Contains(@"<nav aria-label=""Recommandations"">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Part of the", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_InFrench_IsValidAtomWithFrenchTitlesAndSummaries()
    {
        var response = await _client.GetAsync(new Uri("/fr/perou/fil.xml", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        using var reader = XmlReader.Create(new StringReader(text));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "the document is not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        Assert.Equal("Pérou : réalisations et projets du Canada", feed.Title.Text);
        Assert.StartsWith("Réalisations et projets financés", feed.Description.Text, StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"fr\"", text, StringComparison.Ordinal);
        Assert.Equal(5, feed.Items.Count());
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://portal.example.org/fr/perou/fil.xml");

        var project = Assert.Single(feed.Items, i => i.Title.Text == "Puna résiliente : projet d'essai");
        Assert.Equal("https://portal.example.org/fr/perou/projets/puna-resiliente", project.Id);
        Assert.Equal($"Projet : 9{Narrow}200{Narrow}000{Narrow}$ sur cinq ans (2024-2029), mis en œuvre par Essai implementer.", project.Summary.Text);
        Assert.All(feed.Items.Where(i => i.Id.Contains("/realisations/", StringComparison.Ordinal)), i => Assert.StartsWith("Réalisation, ", i.Summary.Text, StringComparison.Ordinal));
        Assert.All(feed.Items, i => Assert.StartsWith("https://portal.example.org/fr/perou/", i.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisbursementsCsv_InFrench_HasFrenchColumnsAndTheSameAmountsAsEnglish()
    {
        var (frenchHeader, frenchRows, disposition) = await GetCsvAsync("/fr/perou/decaissements.csv");
        var (_, englishRows, _) = await GetCsvAsync("/en/peru/disbursements.csv");

        Assert.Equal(["exercice", "source", "montant", "unite", "devise", "montant_en_dollars", "adresse_page"], frenchHeader);
        Assert.Equal(englishRows.Select(r => r["amount"]), frenchRows.Select(r => r["montant"]));
        Assert.Equal(englishRows.Select(r => r["amount_in_dollars"]), frenchRows.Select(r => r["montant_en_dollars"]));
        Assert.Equal(29.93m, frenchRows.Sum(r => decimal.Parse(r["montant"], CultureInfo.InvariantCulture)));
        Assert.All(frenchRows, r => Assert.Equal("https://portal.example.org/fr/perou/decaissements", r["adresse_page"]));
        Assert.Contains("perou-decaissements.csv", disposition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsAndAchievementsCsv_InFrench_HaveFrenchColumns()
    {
        var (projects, projectRows, disposition) = await GetCsvAsync("/fr/perou/projets.csv");
        var (achievements, achievementRows, _) = await GetCsvAsync("/fr/perou/realisations.csv");

        Assert.Equal(
            ["slug", "titre", "montant", "devise", "note_montant", "duree", "annee_debut", "annee_fin", "responsable", "theme", "titre_theme", "lieux", "regional", "personnes_rejointes", "annonce_par", "annonce_lors_de", "annonce_a", "annonce_du", "annonce_au", "date_modification", "adresse_page",
                "type_financement", "valeur_totale", "valeur_totale_annee_debut", "valeur_totale_annee_fin", "valeur_totale_periode_selon_source"],
            projects);
        Assert.Equal(10400000m, projectRows.Sum(r => decimal.Parse(r["montant"], CultureInfo.InvariantCulture)));
        Assert.Equal(["augmentation", "nouveau"], projectRows.Select(r => r["type_financement"]).Order(StringComparer.Ordinal));
        Assert.Contains("perou-projets.csv", disposition, StringComparison.Ordinal);
        Assert.Equal(["exercice", "theme", "titre_theme", "slug", "titre", "periode_resultats", "chiffres", "texte", "date_modification", "adresse_page"], achievements);
        Assert.Equal(3, achievementRows.Count);
    }

    [Fact]
    public async Task OpenDataJson_InFrench_HasFrenchKeys()
    {
        using var disbursements = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/fr/perou/decaissements.json", UriKind.Relative)));
        var root = disbursements.RootElement;

        Assert.Equal("Pérou", root.GetProperty("pays").GetString());
        Assert.Equal("https://portal.example.org/fr/perou/decaissements", root.GetProperty("adresse_page").GetString());
        Assert.Equal(7, root.GetProperty("colonnes").GetArrayLength());
        Assert.Equal([28.27m, 1.66m], root.GetProperty("lignes").EnumerateArray().Select(r => r.GetProperty("montant").GetDecimal()));
        var total = Assert.Single(root.GetProperty("totaux").EnumerateArray());
        Assert.Equal(29.93m, total.GetProperty("total").GetDecimal());
        Assert.Equal($"29,93{Narrow}M$", total.GetProperty("total_texte").GetString());
        Assert.False(root.TryGetProperty("rows", out _));

        using var projects = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/fr/perou/projets.json", UriKind.Relative)));
        Assert.Equal(2, projects.RootElement.GetProperty("nombre").GetInt32());
        Assert.Equal("CAD", Assert.Single(projects.RootElement.GetProperty("totaux").EnumerateArray()).GetProperty("devise").GetString());
    }

    private async Task<(List<string> Header, List<Dictionary<string, string>> Rows, string Disposition)> GetCsvAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var records = ParseCsv(await response.Content.ReadAsStringAsync());
        var header = records[0];
        var rows = records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return header.Zip(r).ToDictionary(x => x.First, x => x.Second);
        }).ToList();
        return (header, rows, response.Content.Headers.ContentDisposition?.ToString() ?? "");
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (!quoted && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(record);
        return records;
    }

    /// <summary>The page's HTML with numeric character references decoded, so assertions read like the page.</summary>
    private async Task<string> GetHtmlAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return NumericReference().Replace(await response.Content.ReadAsStringAsync(), m => WebUtility.HtmlDecode(m.Value));
    }

    [GeneratedRegex("&#(x[0-9a-fA-F]+|[0-9]+);")]
    private static partial Regex NumericReference();
}
