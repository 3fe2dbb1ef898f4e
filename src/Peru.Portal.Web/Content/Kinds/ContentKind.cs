using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary>
/// One kind of content file, declared once: where its files live, how one is read and checked, its addresses, and
/// whether it is in the sitemap, search, the feed and the twin check. The loader, the page catalog, search and the
/// alias check follow the declarations in <see cref="ContentKinds"/>; none of them names a kind.
/// </summary>
internal abstract class ContentKind
{
    /// <summary>Read before every other file: the glossary, whose abbreviations every body is rendered with.</summary>
    public const int ReadFirst = 0;

    /// <summary>Read next: the country, whose slug in the file's language names every address of the folder.</summary>
    public const int ReadRoot = 1;

    /// <summary>Read before the items that name them: the themes, so an item is filed under its theme as it is built.</summary>
    public const int ReadThemes = 2;

    public const int ReadItems = 3;

    /// <summary>The kind's name ("relations", "achievement"), and the key prefix of its pages.</summary>
    public required string Name { get; init; }

    /// <summary>What problems call an item of this kind ("this page has no French twin").</summary>
    public string Noun { get => field ?? Name; init; }

    /// <summary>Where its files live, relative to the country folder, in the default language: <c>achievements/{year}/{name}.md</c>.</summary>
    public required string Pattern
    {
        get;
        init
        {
            field = value;
            _segments = value.Split('/');
        }
    }

    /// <summary>When its files are read: <see cref="ReadFirst"/>, <see cref="ReadRoot"/> or, for most kinds, <see cref="ReadItems"/>.</summary>
    public int Stage { get; init; } = ReadItems;

    /// <summary>Every country folder has a file of this kind, in every language.</summary>
    public bool Required { get; init; }

    public bool InTwinCheck { get; init; } = true;

    /// <summary>Its files may be drafts, be scheduled, expire and list corrections (<see cref="Publication"/>).</summary>
    public bool Publishable { get; init; }

    /// <summary>Reads one file, with the values its pattern matched (<c>year</c>, <c>name</c>), and checks it.</summary>
    public required Action<CountryReader, SourceFile, IReadOnlyDictionary<string, string>> Read { get; init; }

    /// <summary>Checks once every file of the country in one language is read: duplicates, for most kinds.</summary>
    public Action<CountryReader>? Check { get; init; }

    /// <summary>Runs last, once everything else of the country in one language is read and checked.</summary>
    public Action<CountryReader>? Finish { get; init; }

    /// <summary>The kind's page at the level of the country (a list or a section page), if it has one.</summary>
    public IndexPage? Index { get; init; }

    public abstract bool InSitemap { get; }

    public abstract bool InSearch { get; }

    private string[] _segments = [];

    /// <summary>The values a path (relative to the country folder, default-language name) gives the pattern's holes, or null when it does not match.</summary>
    public IReadOnlyDictionary<string, string>? Match(string path)
    {
        var parts = path.Split('/');
        if (parts.Length != _segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            var segment = _segments[i];
            if (segment.StartsWith('{'))
            {
                var close = segment.IndexOf('}', StringComparison.Ordinal);
                var rest = segment[(close + 1)..];
                if (!parts[i].EndsWith(rest, StringComparison.Ordinal) || parts[i].Length == rest.Length)
                {
                    return null;
                }

                values[segment[1..close]] = parts[i][..^rest.Length];
            }
            else if (segment != parts[i])
            {
                return null;
            }
        }

        return values;
    }

    /// <summary>The kind's pages of one country in one language, for the sitemap, with the key each shares with its twins.</summary>
    public abstract IEnumerable<PublishedPage> Pages(KindScope scope);

    /// <summary>Every address the kind gives a country in one language, published or not: no alias may take one.</summary>
    public abstract IEnumerable<string> LiveAddresses(LoadedContent content, Language language, string country);

    public abstract IEnumerable<SearchDocument> SearchDocuments(SearchContext context);

    /// <summary>The address of one item's own page in its language, or null when items of the kind have none.</summary>
    public virtual string? AddressOf(object item, Language language) => null;

    /// <summary>The figures of an item, by the key an editor sees them under, in the order they appear: they must be the same in every twin.</summary>
    public abstract IEnumerable<(string Key, IReadOnlyList<string> Values)> Figures(object item, LoadedContent content);

    public override string ToString() => Name;
}

/// <summary>A page at the level of the country: its key prefix, its address, and its date, or null while it is not published.</summary>
internal sealed record IndexPage(string Key, Func<Language, string, string> Address, Func<KindScope, DateOnly?> Date)
{
    /// <summary>What the page's share image shows; the country's title when not given.</summary>
    public Func<KindScope, Share.ShareCard?>? Card { get; init; }
}

/// <summary>One country in one language, as the page catalog walks it.</summary>
internal sealed record KindScope(LoadedContent Content, Language Language, Country Country)
{
    public IEnumerable<T> Items<T>()
        where T : IContentItem =>
        Content.Rows<T>().Where(x => x.Language == Language.Code && x.CountrySlug == Country.Slug);

    /// <summary>The date of the country's section page of this kind, if the country has one.</summary>
    public DateOnly? Section(string kind) => Items<SectionPage>().FirstOrDefault(s => s.Kind == kind)?.DateModified;

    /// <summary>The newest of some dates, or the country's own date when there are none.</summary>
    public DateOnly Newest(IEnumerable<DateOnly> dates) => dates.DefaultIfEmpty(Country.DateModified).Max();
}
