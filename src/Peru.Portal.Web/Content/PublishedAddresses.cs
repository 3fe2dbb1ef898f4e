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
        var languages = content.Languages;
        var addresses = PageCatalog.From(content).Select(p => p.Path).ToList();
        foreach (var country in content.Countries)
        {
            addresses.AddRange(Addresses.DataAddresses(languages.Get(country.Language), country.Slug));
        }

        addresses.AddRange(["/sitemap.xml", "/robots.txt"]);
        return addresses;
    }

    /// <summary>The addresses a reader can reach, beyond those published: search, which takes a query.</summary>
    public static IReadOnlySet<string> Reachable(LoadedContent content)
    {
        var reachable = new HashSet<string>(From(content), StringComparer.Ordinal);
        foreach (var language in content.Languages.All)
        {
            reachable.Add(Addresses.Search(language));
        }

        return reachable;
    }
}
