using System.Globalization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Every item exists in every language of the table, with the same figures: each language is checked against
/// the default one. A missing twin or a figure that differs between twins is reported at the file and line an
/// editor must fix. What counts as a figure is each kind's declaration.
/// </summary>
internal static class Twins
{
    public static void Check(CountryReader english, CountryReader french, LoadedContent content, List<ContentProblem> problems)
    {
        var (languages, one, other) = (content.Languages, english.Language, french.Language);
        string TwinName(string path) => path[..^one.FileSuffix(languages).Length] + other.FileSuffix(languages);
        string DefaultName(string path) => path[..^other.FileSuffix(languages).Length] + one.FileSuffix(languages);
        if (english.Items.Count == 0)
        {
            return;
        }

        foreach (var (id, item) in english.Items.Where(i => i.Key.Kind.InTwinCheck && !french.Items.ContainsKey(i.Key)))
        {
            var (file, _) = english.OriginOf(item)!.Value;
            if (french.FilePaths.Contains(TwinName(file.RelativePath)))
            {
                continue;
            }

            problems.Add(new(file.RelativePath, 1, $"this {id.Kind.Noun} has no {other.EnglishName} twin: add {TwinName(file.RelativePath)}"));
        }

        foreach (var (id, item) in french.Items.Where(i => i.Key.Kind.InTwinCheck && !english.Items.ContainsKey(i.Key)))
        {
            var (file, _) = french.OriginOf(item)!.Value;
            if (english.FilePaths.Contains(DefaultName(file.RelativePath)))
            {
                continue;
            }

            problems.Add(new(file.RelativePath, 1, $"this {id.Kind.Noun} has no {one.EnglishName} twin: add {DefaultName(file.RelativePath)}"));
        }

        foreach (var (id, item) in english.Items.Where(i => i.Key.Kind.InTwinCheck && french.Items.ContainsKey(i.Key)))
        {
            var twin = french.Items[id];
            var (file, fm) = french.OriginOf(twin)!.Value;
            var (englishOrigin, englishFm) = english.OriginOf(item)!.Value;
            var englishFile = englishOrigin.RelativePath;
            foreach (var (key, mine, theirs) in id.Kind.Figures(item, content).Zip(id.Kind.Figures(twin, content), (a, b) => (a.Key, a.Values, b.Values)))
            {
                // A figure already reported as unreadable in either twin would only be compared as zero.
                var unreadable = problems.Any(p => (p.Path == englishFile && p.Line == englishFm.LineOfKey(key)) || (p.Path == file.RelativePath && p.Line == fm.LineOfKey(key)));
                if (!unreadable && !mine.SequenceEqual(theirs))
                {
                    problems.Add(new(file.RelativePath, fm.LineOfKey(key),
                        $"'{key}' differs from the {one.EnglishName} twin {englishFile}: {string.Join(", ", theirs)} here, {string.Join(", ", mine)} there"));
                }
            }
        }

        PublicationTwins.Check(english, french, content, problems);
    }

    /// <summary>A year written in words ("not stated", "non précisée") differs by language; its digits may not.</summary>
    public static string YearDigits(string year) => string.Concat(year.Where(c => char.IsAsciiDigit(c) || c == '-'));

    public static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
