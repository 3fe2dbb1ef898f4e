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
    private readonly List<GlossaryEntry> _entries = [];
    private MarkdownContext? _markdown;
    private SectionPage? _glossaryPage;

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
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Order = i;
            _terms.Add(entries[i].Term);
            if (entries[i].IsAbbreviation)
            {
                // A code the sources never spell out is marked with what it is instead.
                _abbreviations[entries[i].Term] = entries[i].Expansion ?? entries[i].Definition;
            }
        }

        foreach (var duplicate in entries.GroupBy(e => e.Anchor).Where(g => g.Count() > 1))
        {
            fm.Problem("entries", $"the glossary defines '{duplicate.First().Term}' more than once");
        }

        _entries.AddRange(entries);
        var body = Render(file);
        _glossaryPage = Track(file, fm, "glossary", new SectionPage
        {
            Language = Code,
            Key = "glossary",
            CountrySlug = "",
            Kind = "glossary",
            Title = fm.Text("title") ?? "",
            Summary = fm.Text("summary") ?? "",
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            DateModified = DateModified(file, fm),
        });
    }

    private GlossaryEntry? ReadEntry(FrontMatterReader entry)
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
        return definition is null ? null : new GlossaryEntry
        {
            Language = Code,
            CountrySlug = "",
            Anchor = Anchor(headword),
            Term = headword,
            IsAbbreviation = abbreviation is not null,
            Expansion = abbreviation is null ? null : expansion,
            Definition = definition,
        };
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
        if (_glossaryPage is null)
        {
            return;
        }

        _glossaryPage.CountrySlug = Slug;
        _entries.ForEach(e => e.CountrySlug = Slug);
        Content.SectionPages.Add(_glossaryPage);
        Content.Glossary.AddRange(_entries);

        var glossary = $"{folderName}/glossary{Suffix}";
        foreach (var file in files)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, line) in TextOf(file))
            {
                foreach (Match acronym in Acronym().Matches(Uncoded().Replace(text, " ")))
                {
                    if (!_terms.Contains(acronym.Value) && !RomanNumeral().IsMatch(acronym.Value) && reported.Add(acronym.Value))
                    {
                        Problems.Add(new(file.RelativePath, line, $"'{acronym.Value}' is not in the glossary: add it to {glossary} with what it stands for", ProblemSeverity.Warning));
                    }
                }
            }
        }
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
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Values),
        _ => [],
    };

    // Two capital letters or more, with digits or hyphenated parts: "CIDA", "G20" is not one, "LIMA-DA" is.
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])\p{Lu}{2,}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*(?![\p{L}\p{N}])")]
    private static partial Regex Acronym();

    // Inline code and addresses are not prose: "`ID`" or "https://example.org/ABC" names nothing to define.
    [GeneratedRegex(@"`[^`]*`|[A-Za-z][A-Za-z0-9+.-]*://\S+|\S+@\S+")]
    private static partial Regex Uncoded();

    [GeneratedRegex("^[IVXLCDM]+$")]
    private static partial Regex RomanNumeral();
}
