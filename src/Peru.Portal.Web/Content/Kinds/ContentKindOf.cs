using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary>A kind whose files become rows of <typeparamref name="T"/> (several kinds may share one type, told apart by <see cref="Includes"/>).</summary>
internal sealed class ContentKind<T> : ContentKind
    where T : class, IContentItem
{
    /// <summary>Which rows of <typeparamref name="T"/> are of this kind: the section pages share one type.</summary>
    public Func<T, bool> Includes { get; init; } = _ => true;

    /// <summary>The address of an item's own page in a language and country (by slug), if items have pages.</summary>
    public Func<Language, string, T, string>? Address { get; init; }

    /// <summary>The key prefix of an item's page ("year" for fiscal years); the kind's name when not given.</summary>
    public string? PageKey { get; init; }

    public Func<T, SearchContext, SearchDocument>? Search { get; init; }

    /// <summary>What an item's share image shows: its title and key figure in its language; the country's title when not given.</summary>
    public Func<T, Language, Share.ShareCard>? Card { get; init; }

    public Func<T, LoadedContent, IEnumerable<(string Key, IReadOnlyList<string> Values)>>? FiguresOf { get; init; }

    public override bool InSitemap => Index is not null || Address is not null;

    public override bool InSearch => Search is not null;

    private IEnumerable<T> Of(LoadedContent content, Language language) =>
        content.Rows<T>().Where(x => x.Language == language.Code && Includes(x));

    public override IEnumerable<PublishedPage> Pages(KindScope scope)
    {
        var (language, country) = (scope.Language, scope.Country);
        if (Index?.Date(scope) is { } date)
        {
            yield return Page(Index.Address(language, country.Slug), $"{Index.Key}:{country.Key}", date, Index.Card?.Invoke(scope));
        }

        if (Address is not null)
        {
            foreach (var item in Of(scope.Content, language).Where(x => x.CountrySlug == country.Slug))
            {
                yield return Page(Address(language, country.Slug, item), $"{PageKey ?? Name}:{country.Key}/{item.Key}", item.DateModified, Card?.Invoke(item, language));
            }
        }

        PublishedPage Page(string path, string key, DateOnly modified, Share.ShareCard? card) =>
            new() { Path = path, Language = language.Code, Key = key, DateModified = modified, ShareTitle = card?.Title ?? country.Title, ShareFigure = card?.Figure };
    }

    public override IEnumerable<string> LiveAddresses(LoadedContent content, Language language, string country)
    {
        if (Index is not null)
        {
            yield return Index.Address(language, country);
        }

        if (Address is not null)
        {
            foreach (var item in Of(content, language).Where(x => x.CountrySlug == country))
            {
                yield return Address(language, country, item);
            }
        }
    }

    public override string? AddressOf(object item, Language language) =>
        Address is null || item is not T row ? null : Address(language, row.CountrySlug, row);

    public override IEnumerable<SearchDocument> SearchDocuments(SearchContext context) =>
        Search is null ? [] : Of(context.Content, context.Language).Select(item => Search(item, context));

    public override IEnumerable<(string Key, IReadOnlyList<string> Values)> Figures(object item, LoadedContent content) =>
        FiguresOf is null ? [] : FiguresOf((T)item, content);
}
