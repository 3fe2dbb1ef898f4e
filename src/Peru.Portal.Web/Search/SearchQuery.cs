using System.Globalization;
using System.Text;

namespace Peru.Portal.Web.Search;

/// <summary>
/// What a reader typed, reduced to words and quoted phrases and rewritten as an FTS5 query that cannot
/// be malformed: every term is quoted, so FTS5 operators, quotes, SQL or markup are only ever words.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    public const int MaxLength = 256;
    public const int MaxTerms = 12;

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    /// <summary>Every word matches as a prefix ("teach" finds "teachers"); phrases match as written.</summary>
    public string ToFts() => string.Join(" AND ",
        Phrases.Select(p => $"\"{p}\"").Concat(Words.Select(w => $"\"{w}\"*")));

    public IEnumerable<string> Terms => Phrases.Concat(Words);

    public static SearchQuery Parse(string? input)
    {
        var text = Clean(input);
        var words = new List<string>();
        var phrases = new List<string>();
        var parts = text.Split('"');

        // Text between an opening and a closing quote is a phrase; an unbalanced last quote is ignored.
        for (var i = 0; i < parts.Length; i++)
        {
            var tokens = Tokens(parts[i]);
            var isPhrase = i % 2 == 1 && i < parts.Length - 1;
            if (isPhrase && tokens.Count > 1)
            {
                phrases.Add(string.Join(' ', tokens));
            }
            else
            {
                words.AddRange(tokens);
            }
        }

        return new(text, words.Distinct().Take(MaxTerms).ToList(), phrases.Distinct().Take(MaxTerms).ToList());
    }

    private static string Clean(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return "";
        }

        var text = input.Length > MaxLength ? input[..MaxLength] : input;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>Letters and digits only, as the index's tokenizer sees them.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens.Where(t => t.Length <= 64).ToList();
    }
}
