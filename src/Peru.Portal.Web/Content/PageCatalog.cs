using Peru.Portal.Web.Content.Kinds;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Every page the content publishes, in every language of the table, each with the key it shares with its twin:
/// the sitemap lists them, the language toggle follows the key, the manifest and the export walk them. The pages
/// are the home page and, for each country, those its content kinds declare and its open data field definitions.
/// </summary>
public static class PageCatalog
{
    public static List<PublishedPage> From(LoadedContent content)
    {
        var pages = new List<PublishedPage>();
        foreach (var language in content.Languages.All)
        {
            var countries = content.Countries.Where(c => c.Language == language.Code).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            if (countries.Count == 0)
            {
                continue;
            }

            pages.Add(new PublishedPage { Path = Addresses.Home(language), Language = language.Code, Key = "home", DateModified = countries.Max(c => c.DateModified), ShareTitle = "Peru.Portal" });
            foreach (var country in countries)
            {
                var scope = new KindScope(content, language, country);
                pages.AddRange(content.Kinds.All.SelectMany(kind => kind.Pages(scope)));

                // The open data's field definitions are not content: they follow the files, which every country has.
                pages.Add(new PublishedPage { Path = Addresses.FieldDefinitions(language, country.Slug), Language = language.Code, Key = $"field-definitions:{country.Key}", DateModified = country.DateModified, ShareTitle = country.Title });
            }
        }

        return pages;
    }
}
