using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Every address the content publishes: its pages (the sitemap's list), feeds, open data and the files
/// for search engines. The manifest records them, and the running portal keeps them in memory so that an
/// address retyped with capitals or a trailing slash can be sent to the one it means without a store query.
/// </summary>
public static class PublishedAddresses
{
    /// <summary>The addresses readers can reach now: content not yet imported is first withheld as the import would.</summary>
    public static IReadOnlyList<string> From(LoadedContent content)
    {
        Publishing.Apply(content, TimeProvider.System.GetUtcNow(), preview: false);
        return From(content.Languages, PageCatalog.From(content).Select(p => p.Path), content.Countries.Select(c => (c.Language, c.Slug)));
    }

    /// <summary>The same list from a store's published pages and countries, when the store is reused at start.</summary>
    public static IReadOnlyList<string> From(LanguageTable languages, IEnumerable<string> pages, IEnumerable<(string Language, string Slug)> countries)
    {
        var addresses = pages.ToList();
        foreach (var (language, slug) in countries)
        {
            addresses.AddRange(Addresses.DataAddresses(languages.Get(language), slug));
        }

        addresses.AddRange(["/sitemap.xml", "/robots.txt", Addresses.ApiDescription]);
        return addresses;
    }

    /// <summary>The addresses a reader can reach, beyond those published: search, which takes a query.</summary>
    public static IReadOnlySet<string> Reachable(LoadedContent content) => Reachable(content.Languages, From(content));

    public static IReadOnlySet<string> Reachable(LanguageTable languages, IEnumerable<string> published)
    {
        var reachable = new HashSet<string>(published, StringComparer.Ordinal);
        foreach (var language in languages.All)
        {
            reachable.Add(Addresses.Search(language));
        }

        return reachable;
    }
}
