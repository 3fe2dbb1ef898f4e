using System.Globalization;
using System.Text;

namespace Peru.Portal.Bench;

/// <summary>
/// Writes a valid content folder of any size in both languages, deterministic for a given seed, so the
/// benchmarks measure the portal on thousands of files that look like the real ones. Every file has its
/// French twin with its French <c>slug:</c> and exactly the same figures, as the content guide asks.
/// </summary>
public static class SyntheticContent
{
    private static readonly string[] Words =
    [
        "education", "teachers", "students", "rural", "indigenous", "communities", "mining", "municipal", "governance", "women",
        "girls", "health", "nutrition", "water", "climate", "resilience", "trade", "investment", "justice", "rights",
        "training", "schools", "textbooks", "Quechua", "Awajún", "Andean", "Lima", "Cusco", "Puno", "Ayacucho",
        "Piura", "La Libertad", "Huancavelica", "public", "servants", "services", "conflict", "prevention", "energy", "regional",
        "local", "national", "program", "support", "capacity", "skills", "employment", "enterprises", "credit", "markets",
    ];

    private static readonly string[] FrenchWords =
    [
        "éducation", "enseignants", "élèves", "rural", "autochtones", "communautés", "mines", "municipal", "gouvernance", "femmes",
        "filles", "santé", "nutrition", "eau", "climat", "résilience", "commerce", "investissement", "justice", "droits",
        "formation", "écoles", "manuels", "quechua", "awajún", "andin", "Lima", "Cusco", "Puno", "Ayacucho",
        "Piura", "La Libertad", "Huancavelica", "public", "fonctionnaires", "services", "conflit", "prévention", "énergie", "régional",
        "local", "national", "programme", "appui", "capacité", "compétences", "emploi", "entreprises", "crédit", "marchés",
    ];

    private static readonly string[] Themes = ["children-and-youth", "economic-growth", "democratic-governance", "climate-resilience", "gender-equality", "indigenous-peoples"];

    // Most achievements name no department; the rest spread over a few, as the real content does.
    private static readonly string[] Departments = ["", "", "places:\n  - La Libertad\n", "", "places:\n  - Lima\n  - Piura\n", "places:\n  - Cusco\n"];

    private static readonly string[] FrenchThemes = ["enfants-et-jeunes", "croissance-economique", "gouvernance-democratique", "resilience-climatique", "egalite-des-genres", "peuples-autochtones"];

    /// <summary>Writes the folder and returns how many files it holds (three times the items: English, French and Spanish).</summary>
    public static int Write(string root, int achievements, int projects, int years, int seed = 2026)
    {
        // French text draws from its own generator: each figure is drawn once and written in both twins.
        var random = new Random(seed);
        var french = new Random(seed + 1);
        var country = Path.Combine(root, "peru");
        Directory.CreateDirectory(Path.Combine(country, "themes"));
        Directory.CreateDirectory(Path.Combine(country, "projects"));
        var files = 0;

        void Write(string relative, string english, string inFrench)
        {
            var path = Path.Combine(country, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, english);
            File.WriteAllText(path[..^3] + ".fr.md", inFrench);

            // Every language of the table needs its twin. The Spanish one repeats the French text (its slugs, its
            // figures): the benchmarks measure how much content there is, not what it says.
            File.WriteAllText(path[..^3] + ".es.md", inFrench);
            files += 3;
        }

        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";
        string Phrase(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => FrenchWords[french.Next(FrenchWords.Length)])) + ".";
        string Paragraphs(int count) => string.Join("\n\n", Enumerable.Range(0, count).Select(_ => Capital(Sentence(14)) + " " + Sentence(10)));
        string Paragraphes(int count) => string.Join("\n\n", Enumerable.Range(0, count).Select(_ => Capital(Phrase(14)) + " " + Phrase(10)));

        Write("country.md", $"""
            ---
            name: Peru
            title: Peru
            summary: A synthetic country profile for benchmarks.
            date_modified: 2026-01-01
            sources:
              - id: synthetic
                title: Synthetic source
                publisher: Benchmark
                date: not dated
            key_figures:
              - label: people in the population
                value: 29.5
                unit: million people
                year: "2009"
                reference: synthetic
            ---
            {Paragraphs(3)}
            """, $"""
            ---
            name: Pérou
            title: Pérou
            slug: perou
            summary: Un profil de pays synthétique pour les bancs d'essai.
            date_modified: 2026-01-01
            sources:
              - id: synthetic
                title: Source synthétique
                publisher: Banc d'essai
                date: non daté
            key_figures:
              - label: habitants
                value: 29.5
                unit: million people
                year: "2009"
                reference: synthetic
            ---
            {Paragraphes(3)}
            """);
        Write("program.md",
            $"---\ntitle: Thematic focus\nsummary: Synthetic program.\ngoal: Synthetic goal.\n---\n{Paragraphs(2)}\n",
            $"---\ntitle: Orientation thématique\nsummary: Programme synthétique.\ngoal: Objectif synthétique.\n---\n{Paragraphes(2)}\n");
        Write("relations.md", $"""
            ---
            title: Bilateral relations
            summary: Synthetic relations.
            trade_figures:
              - label: Two-way trade
                value: 4.2
                unit: billion
                currency: CAD
                year: "2010"
                reference: synthetic
            timeline:
              - date: 1944-10-21
                text: Relations established.
                reference: synthetic
            ---
            {Paragraphs(2)}
            """, $"""
            ---
            title: Relations bilatérales
            summary: Relations synthétiques.
            trade_figures:
              - label: Commerce bilatéral
                value: 4.2
                unit: billion
                currency: CAD
                year: "2010"
                reference: synthetic
            timeline:
              - date: 1944-10-21
                text: Établissement des relations.
                reference: synthetic
            ---
            {Paragraphes(2)}
            """);
        var amounts = Enumerable.Range(0, years).Select(_ => (random.Next(100, 4000) / 100m).ToString(CultureInfo.InvariantCulture)).ToList();
        string Rows(string source) => string.Concat(Enumerable.Range(0, years).Select(y =>
            $"  - fiscal_year: {FiscalYear(y)}\n    source: {source}\n    amount: {amounts[y]}\n    unit: million\n    currency: CAD\n"));
        Write("disbursements.md",
            $"---\ntitle: Disbursements\nsummary: Synthetic disbursements.\nreference: synthetic\ndisbursements:\n{Rows("Global Affairs Canada")}---\n{Paragraphs(1)}\n",
            $"---\ntitle: Décaissements\nsummary: Décaissements synthétiques.\nreference: synthetic\ndisbursements:\n{Rows("Affaires mondiales Canada")}---\n{Paragraphes(1)}\n");
        Write("map.md",
            $"---\ntitle: Where the work happens\nsummary: Synthetic map.\n---\n{Paragraphs(1)}\n",
            $"---\ntitle: Où se déroulent les activités\nsummary: Carte synthétique.\n---\n{Paragraphes(1)}\n");
        for (var t = 0; t < Themes.Length; t++)
        {
            Write($"themes/{Themes[t]}.md",
                $"---\ntitle: Theme {t + 1} {Themes[t]}\nsummary: Synthetic theme.\norder: {t + 1}\n---\n{Paragraphs(2)}\n",
                $"---\ntitle: Thème {t + 1} {FrenchThemes[t]}\nslug: {FrenchThemes[t]}\nsummary: Thème synthétique.\norder: {t + 1}\n---\n{Paragraphes(2)}\n");
        }

        for (var y = 0; y < years; y++)
        {
            var year = FiscalYear(y);
            Write($"achievements/{year}/index.md",
                $"---\nfiscal_year: {year}\nsummary: Synthetic year {year}.\n---\n{Paragraphs(1)}\n",
                $"---\nfiscal_year: {year}\nsummary: Exercice synthétique {year}.\n---\n{Paragraphes(1)}\n");
        }

        for (var a = 0; a < achievements; a++)
        {
            var year = FiscalYear(a % years);
            var theme = Themes[a % Themes.Length];
            var title = Capital(Sentence(6))[..^1];
            var titre = Capital(Phrase(6))[..^1];
            var reached = random.Next(10, 100000);
            var english = new StringBuilder();
            english.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"{title} {a}\"\nfiscal_year: {year}\ntheme: {theme}\norder: {a}\nreference: synthetic\n");
            english.Append(Departments[a % Departments.Length]);
            english.Append(CultureInfo.InvariantCulture, $"figures:\n  - label: people reached\n    value: {reached}\ndate_modified: 2026-01-01\n---\n{Paragraphs(2)}\n");
            var inFrench = new StringBuilder();
            inFrench.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"{titre} {a}\"\nslug: realisation-{a}\nfiscal_year: {year}\ntheme: {theme}\norder: {a}\nreference: synthetic\n");
            inFrench.Append(Departments[a % Departments.Length]);
            inFrench.Append(CultureInfo.InvariantCulture, $"figures:\n  - label: personnes jointes\n    value: {reached}\ndate_modified: 2026-01-01\n---\n{Paragraphes(2)}\n");
            Write($"achievements/{year}/achievement-{a}.md", english.ToString(), inFrench.ToString());
        }

        for (var p = 0; p < projects; p++)
        {
            var start = 2010 + (p % 15);
            var amount = random.Next(1, 200) * 50000;
            var regional = p % 9 == 0 ? "true" : "false";
            Write($"projects/project-{p}.md", $"""
                ---
                title: "Project {p}: {Sentence(5)[..^1]}"
                funding:
                  amount: {amount}
                  currency: CAD
                  duration: {(p % 6) + 1} years
                  start_year: {start}
                  end_year: {start + (p % 6) + 1}
                implementer: Implementer {p % 40}
                theme: {Themes[p % Themes.Length]}
                location:
                  - Lima, Peru
                regional: {regional}
                announcement:
                  by: Synthetic minister
                  event: Synthetic event
                  place: Lima, Peru
                  start_date: 2024-11-15
                  end_date: 2024-11-16
                reference: synthetic
                ---
                {Paragraphs(2)}
                """, $"""
                ---
                title: "Projet {p} : {Phrase(5)[..^1]}"
                slug: projet-{p}
                funding:
                  amount: {amount}
                  currency: CAD
                  duration: {(p % 6) + 1} ans
                  start_year: {start}
                  end_year: {start + (p % 6) + 1}
                implementer: Organisme {p % 40}
                theme: {Themes[p % Themes.Length]}
                location:
                  - Lima, Pérou
                regional: {regional}
                announcement:
                  by: Ministre synthétique
                  event: Événement synthétique
                  place: Lima, Pérou
                  start_date: 2024-11-15
                  end_date: 2024-11-16
                reference: synthetic
                ---
                {Paragraphes(2)}
                """);
        }

        // Every page links to the glossary: without one the export would find those links broken.
        Write("glossary.md",
            "---\ntitle: Glossary\nsummary: Synthetic glossary.\ndate_modified: 2026-01-01\nentries:\n  - term: fiscal year\n    definition: Synthetic definition.\n---\nSynthetic glossary.\n",
            "---\ntitle: Glossaire\nsummary: Glossaire synthétique.\ndate_modified: 2026-01-01\nentries:\n  - term: exercice\n    definition: Définition synthétique.\n---\nGlossaire synthétique.\n");
        Write("evaluation/index.md",
            "---\ntitle: Evaluation\nsummary: Synthetic evaluation.\nperiod_from: 2013-2014\nperiod_to: 2018-2019\nreference: synthetic\n---\nSynthetic evaluation.\n",
            "---\ntitle: Évaluation\nsummary: Évaluation synthétique.\nperiod_from: 2013-2014\nperiod_to: 2018-2019\nreference: synthetic\n---\nÉvaluation synthétique.\n");
        return files;
    }

    /// <summary>Files written for these sizes besides the achievements and projects, in both languages.</summary>
    public static int FixedFiles(int years) => 2 * (5 + Themes.Length + years);

    private static string FiscalYear(int index) => $"{2000 + index}-{2001 + index}";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
