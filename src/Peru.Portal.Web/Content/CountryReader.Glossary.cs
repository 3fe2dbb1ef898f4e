using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Peru.Portal.Web.Data;
using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Web.Content;

/// <summary>
/// A country's glossary (<c>glossary.md</c>) is read before any other page of its language, even country.md, since
/// every body is rendered with its abbreviations marked; once all are read, the glossary gets the country's slug
/// (the French one comes from country.fr.md) and each file's acronyms are checked against it.
/// </summary>
internal sealed partial class CountryReader
{
    private readonly Dictionary<string, string> _abbreviations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly List<Func<GlossaryEntry>> _entries = [];
    private MarkdownContext? _markdown;
    private Func<string, SectionPage>? _glossaryPage;
    private (SourceFile File, FrontMatterReader Fm)? _glossaryFile;

    public void ReadGlossary(SourceFile file)
    {
        if (Open(file) is not { } fm)
        {
            return;
        }

        var culture = language.CultureInfo;
        var entries = fm.List("entries", ReadEntry)
            .OrderBy(e => e.Term, StringComparer.Create(culture, CompareOptions.IgnoreCase))
            .ToList();
        foreach (var entry in entries)
        {
            _terms.Add(entry.Term);
            if (entry.IsAbbreviation)
            {
                // A code the sources never spell out is marked with what it is instead.
                _abbreviations[entry.Term] = entry.Expansion ?? entry.Definition;
            }
        }

        foreach (var duplicate in entries.GroupBy(e => e.Anchor).Where(g => g.Count() > 1))
        {
            fm.Problem("entries", $"the glossary defines '{duplicate.First().Term}' more than once");
        }

        // The rows are built once the country's slug in this language is known (country.md is read after the
        // glossary), so none is changed after it is made.
        _entries.AddRange(entries.Select((e, i) => e with { Order = i }).Select(e => e.ToEntry(Code, () => Slug)));
        var body = Render(file);
        var (title, summary, modified) = (fm.Text("title") ?? "", fm.Text("summary") ?? "", DateModified(file, fm));
        _glossaryFile = (file, fm);
        _glossaryPage = slug => new SectionPage
        {
            Language = Code,
            Key = "glossary",
            CountrySlug = slug,
            Kind = "glossary",
            Title = title,
            Summary = summary,
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            DateModified = modified,
        };
    }

    /// <summary>A glossary entry as read, before the country it belongs to has its slug.</summary>
    private sealed record GlossaryItem(string Anchor, string Term, bool IsAbbreviation, string? Expansion, string Definition, int Order = 0)
    {
        public Func<GlossaryEntry> ToEntry(string language, Func<string> slug) => () => new GlossaryEntry
        {
            Language = language,
            CountrySlug = slug(),
            Anchor = Anchor,
            Term = Term,
            IsAbbreviation = IsAbbreviation,
            Expansion = Expansion,
            Definition = Definition,
            Order = Order,
        };
    }

    private GlossaryItem? ReadEntry(FrontMatterReader entry)
    {
        var term = entry.Text("term", required: false);
        var abbreviation = entry.Text("abbreviation", required: false);
        var expansion = entry.Text("expansion", required: false);
        var definition = entry.Text("definition");
        if ((term is null) == (abbreviation is null))
        {
            entry.Problem(entry.Line, "each glossary entry has either 'term' (a word) or 'abbreviation', not both");
            return null;
        }

        if (expansion is not null && abbreviation is null)
        {
            entry.Problem("expansion", "'expansion' belongs to an 'abbreviation'");
        }

        if (abbreviation is not null && abbreviation.Any(char.IsWhiteSpace))
        {
            entry.Problem("abbreviation", $"abbreviation '{abbreviation}' is one word, as it is written in the text");
            return null;
        }

        var headword = abbreviation ?? term!;
        return definition is null ? null : new GlossaryItem(Anchor(headword), headword, abbreviation is not null, abbreviation is null ? null : expansion, definition);
    }

    /// <summary>"LIMA-DA" → "lima-da", "Exercice financier" → "exercice-financier".</summary>
    private static string Anchor(string term)
    {
        var folded = new StringBuilder();
        foreach (var c in term.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && folded.Length > 0 && folded[^1] != '-')
            {
                folded.Append('-');
            }
        }

        return folded.ToString().TrimEnd('-');
    }

    /// <summary>Files the glossary under the country, and warns, once a file, of each acronym it does not define.</summary>
    public void FinishGlossary()
    {
        if (_glossaryPage is null || _glossaryFile is not { } origin)
        {
            return;
        }

        Content.SectionPages.Add(Track(origin.File, origin.Fm, "glossary", _glossaryPage(Slug)));
        Content.Glossary.AddRange(_entries.Select(make => make()));

        var glossary = $"{folderName}/glossary{Suffix}";
        foreach (var file in files)
        {
            foreach (var (acronym, line) in file.Acronyms.Where(a => !_terms.Contains(a.Acronym)))
            {
                Problems.Add(new(file.RelativePath, line, $"'{acronym}' is not in the glossary: add it to {glossary} with what it stands for", ProblemSeverity.Warning));
            }
        }
    }

    /// <summary>
    /// Each acronym of a file, once, at the first line that writes it, as the glossary check reports it. Taken when the
    /// file is read, so the text need not be kept until the country's glossary is known.
    /// </summary>
    internal static IReadOnlyList<(string Acronym, int Line)> AcronymsOf(SourceFile file)
    {
        List<(string, int)>? found = null;
        HashSet<string>? seen = null;
        foreach (var (text, line) in TextOf(file))
        {
            // Most lines have no acronym: two capitals in a row, as the pattern needs, are looked for before any regex
            // runs. Taking code out of a line only ever removes acronyms from it, never makes one.
            if (!HasTwoCapitalsInARow(text))
            {
                continue;
            }

            foreach (Match acronym in Acronym().Matches(text.AsSpan().IndexOfAny('`', ':', '@') < 0 ? text : Uncoded().Replace(text, " ")))
            {
                if (!RomanNumeral().IsMatch(acronym.Value) && (seen ??= new(StringComparer.Ordinal)).Add(acronym.Value))
                {
                    (found ??= []).Add((acronym.Value, line));
                }
            }
        }

        return found ?? (IReadOnlyList<(string, int)>)[];
    }

    // \p{Lu} in the pattern is char.IsUpper: both read one UTF-16 unit at a time.
    private static bool HasTwoCapitalsInARow(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsUpper(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every line of the body, and every text value of the front matter, with its line in the file.</summary>
    private static IEnumerable<(string Text, int Line)> TextOf(SourceFile file)
    {
        if (file.FrontMatter is { } frontMatter)
        {
            foreach (var scalar in Values(frontMatter))
            {
                yield return (scalar.Value ?? "", (int)scalar.Start.Line + 1);
            }
        }

        var lines = file.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            yield return (lines[i], file.BodyLine + i);
        }
    }

    private static IEnumerable<YamlScalarNode> Values(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar],
        YamlSequenceNode sequence => sequence.SelectMany(Values),
        YamlMappingNode mapping => mapping.Children.Where(c => !(c.Key is YamlScalarNode key && CodeKeys.Contains(key.Value ?? ""))).SelectMany(c => Values(c.Value)),
        _ => [],
    };

    // Keys whose values are codes of a standard ("PE", "CA-3-D004185"), not prose: they name nothing to define.
    private static readonly HashSet<string> CodeKeys = new(StringComparer.Ordinal) { "iso_code", "iati_identifier" };

    // Two capital letters or more, with digits or hyphenated parts: "CIDA", "G20" is not one, "LIMA-DA" is.
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])\p{Lu}{2,}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*(?![\p{L}\p{N}])")]
    private static partial Regex Acronym();

    // Inline code and addresses are not prose: "`ID`" or "https://example.org/ABC" names nothing to define.
    [GeneratedRegex(@"`[^`]*`|[A-Za-z][A-Za-z0-9+.-]*://\S+|\S+@\S+")]
    private static partial Regex Uncoded();

    [GeneratedRegex("^[IVXLCDM]+$")]
    private static partial Regex RomanNumeral();
}
