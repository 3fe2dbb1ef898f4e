using Peru.Portal.Web.Content;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Search;

/// <summary>One page as the search index sees it.</summary>
public sealed record SearchDocument(string Language, string Country, string Path, string Title, string Body, string Section, string? Theme, string? Year);

/// <summary>Turns loaded content into one search document per page, with the words a reader would look for.</summary>
public static class SearchDocuments
{
    public const string Achievements = "Achievements";
    public const string Projects = "Projects";
    public const string Themes = "Thematic focus";
    public const string Relations = "Bilateral relations";
    public const string Disbursements = "Disbursements";
    public const string Evaluation = "Evaluation";
    public const string Overview = "Overview";
    public const string Glossary = "Glossary";

    /// <summary>Documents of every language, each with the address and words of its own language, for each kind in search.</summary>
    public static IEnumerable<SearchDocument> From(LoadedContent content)
    {
        foreach (var language in content.Languages.All)
        {
            var context = new SearchContext(content, language);
            foreach (var document in content.Kinds.All.SelectMany(kind => kind.SearchDocuments(context)).ToList())
            {
                yield return document;
            }
        }
    }

    /// <summary>The parts that have words, a line each.</summary>
    public static string Join(params IEnumerable<string?> parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>What a kind's search documents are made with: the content and the language of the documents.</summary>
internal sealed class SearchContext(LoadedContent content, Language language)
{
    private Dictionary<(string Country, string Slug), string>? _themeTitles;

    public LoadedContent Content => content;

    public Language Language => language;

    /// <summary>A theme's title in this language, that a reader may search an item of the theme by.</summary>
    public string ThemeTitle(string country, string slug)
    {
        _themeTitles ??= content.Themes.Where(t => t.Language == language.Code).ToDictionary(t => (t.CountrySlug, t.Slug), t => t.Title);
        return _themeTitles.GetValueOrDefault((country, slug), slug);
    }
}
