using System.Globalization;
using System.Text;

namespace Peru.Portal.Bench;

/// <summary>
/// Writes a valid content folder of any size, deterministic for a given seed, so the benchmarks measure
/// the portal on thousands of files that look like the real ones.
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

    private static readonly string[] Themes = ["children-and-youth", "economic-growth", "democratic-governance", "climate-resilience", "gender-equality", "indigenous-peoples"];

    public static int Write(string root, int achievements, int projects, int years, int seed = 2026)
    {
        var random = new Random(seed);
        var country = Path.Combine(root, "peru");
        Directory.CreateDirectory(Path.Combine(country, "themes"));
        Directory.CreateDirectory(Path.Combine(country, "projects"));
        var files = 0;

        void Write(string relative, string text)
        {
            var path = Path.Combine(country, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            files++;
        }

        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";
        string Paragraphs(int count) => string.Join("\n\n", Enumerable.Range(0, count).Select(_ => char.ToUpperInvariant(Sentence(14)[0]) + Sentence(14)[1..] + " " + Sentence(10)));

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
            """);
        Write("program.md", $"---\ntitle: Thematic focus\nsummary: Synthetic program.\ngoal: Synthetic goal.\n---\n{Paragraphs(2)}\n");
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
            """);
        Write("disbursements.md", "---\ntitle: Disbursements\nsummary: Synthetic disbursements.\nreference: synthetic\ndisbursements:\n" +
            string.Concat(Enumerable.Range(0, years).Select(y => $"  - fiscal_year: {2000 + y}-{2001 + y}\n    source: Global Affairs Canada\n    amount: {random.Next(100, 4000) / 100m}\n    unit: million\n    currency: CAD\n")) +
            $"---\n{Paragraphs(1)}\n");
        for (var t = 0; t < Themes.Length; t++)
        {
            Write($"themes/{Themes[t]}.md", $"---\ntitle: Theme {t + 1} {Themes[t]}\nsummary: Synthetic theme.\norder: {t + 1}\n---\n{Paragraphs(2)}\n");
        }

        for (var y = 0; y < years; y++)
        {
            var year = $"{2000 + y}-{2001 + y}";
            Write($"achievements/{year}/index.md", $"---\nfiscal_year: {year}\nsummary: Synthetic year {year}.\n---\n{Paragraphs(1)}\n");
        }

        for (var a = 0; a < achievements; a++)
        {
            var year = $"{2000 + (a % years)}-{2001 + (a % years)}";
            var title = char.ToUpperInvariant(Sentence(6)[0]) + Sentence(6)[1..^1];
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"{title} {a}\"\nfiscal_year: {year}\ntheme: {Themes[a % Themes.Length]}\norder: {a}\nreference: synthetic\n");
            text.Append(CultureInfo.InvariantCulture, $"figures:\n  - label: people reached\n    value: {random.Next(10, 100000)}\ndate_modified: 2026-01-01\n---\n{Paragraphs(2)}\n");
            Write($"achievements/{year}/achievement-{a}.md", text.ToString());
        }

        for (var p = 0; p < projects; p++)
        {
            var start = 2010 + (p % 15);
            Write($"projects/project-{p}.md", $"""
                ---
                title: "Project {p}: {Sentence(5)[..^1]}"
                amount: {random.Next(1, 200) * 50000}
                currency: CAD
                duration: {(p % 6) + 1} years
                start_year: {start}
                end_year: {start + (p % 6) + 1}
                implementer: Implementer {p % 40}
                theme: {Themes[p % Themes.Length]}
                places:
                  - Lima, Peru
                regional: {(p % 9 == 0 ? "true" : "false")}
                announcement:
                  by: Synthetic minister
                  event: Synthetic event
                  place: Lima, Peru
                  start_date: 2024-11-15
                  end_date: 2024-11-16
                reference: synthetic
                ---
                {Paragraphs(2)}
                """);
        }

        Write("evaluation/index.md", "---\ntitle: Evaluation\nsummary: Synthetic evaluation.\nperiod_from: 2013-2014\nperiod_to: 2018-2019\nreference: synthetic\n---\nSynthetic evaluation.\n");
        return files;
    }
}
