using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Every page the content publishes, in every language of the table, each with the key it shares with its twin:
/// the sitemap lists them, the language toggle follows the key, the manifest and the export walk them.
/// </summary>
public static class PageCatalog
{
    public static List<PublishedPage> From(LoadedContent content)
    {
        var languages = content.Languages;
        var pages = new List<PublishedPage>();
        foreach (var language in languages.All)
        {
            var countries = content.Countries.Where(c => c.Language == language.Code).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            if (countries.Count == 0)
            {
                continue;
            }

            void Add(string path, string key, DateOnly date) => pages.Add(new PublishedPage { Path = path, Language = language.Code, Key = key, DateModified = date });
            Add(Addresses.Home(language), "home", countries.Max(c => c.DateModified));
            foreach (var country in countries)
            {
                var slug = country.Slug;
                var k = country.Key;
                var sections = content.SectionPages.Where(s => s.Language == language.Code && s.CountrySlug == slug).ToDictionary(s => s.Kind, s => s.DateModified);
                var achievements = content.Achievements.Where(a => a.Language == language.Code && a.CountrySlug == slug).ToList();
                var projects = content.Projects.Where(p => p.Language == language.Code && p.CountrySlug == slug).ToList();
                var recommendations = content.Recommendations.Where(r => r.Language == language.Code && r.CountrySlug == slug).ToList();
                DateOnly Newest(IEnumerable<DateOnly> dates) => dates.DefaultIfEmpty(country.DateModified).Max();
                DateOnly Section(string kind) => sections.TryGetValue(kind, out var d) ? d : country.DateModified;

                Add(Addresses.Country(language, slug), $"country:{k}", country.DateModified);
                if (sections.ContainsKey("program"))
                {
                    Add(Addresses.ThematicFocus(language, slug), $"thematic-focus:{k}", Newest([Section("program"), Section("aid-effectiveness")]));
                }

                Add(Addresses.Achievements(language, slug), $"achievements:{k}", Newest(achievements.Select(a => a.DateModified)));
                if (sections.ContainsKey("relations"))
                {
                    Add(Addresses.Relations(language, slug), $"relations:{k}", Section("relations"));
                }

                if (sections.ContainsKey("disbursements"))
                {
                    Add(Addresses.Disbursements(language, slug), $"disbursements:{k}", Section("disbursements"));
                }

                Add(Addresses.Projects(language, slug), $"projects:{k}", Newest(projects.Select(p => p.DateModified)));
                if (sections.ContainsKey("evaluation"))
                {
                    Add(Addresses.Evaluation(language, slug), $"evaluation:{k}", Newest(recommendations.Select(r => r.DateModified).Append(Section("evaluation"))));
                }

                if (sections.ContainsKey("glossary"))
                {
                    Add(Addresses.Glossary(language, slug), $"glossary:{k}", Section("glossary"));
                }

                foreach (var theme in content.Themes.Where(t => t.Language == language.Code && t.CountrySlug == slug))
                {
                    Add(Addresses.Theme(language, slug, theme.Slug), $"theme:{k}/{theme.Key}", theme.DateModified);
                }

                foreach (var year in content.FiscalYears.Where(y => y.Language == language.Code && y.CountrySlug == slug))
                {
                    Add(Addresses.FiscalYear(language, slug, year.Year), $"year:{k}/{year.Key}", year.DateModified);
                }

                pages.AddRange(achievements.Select(a => new PublishedPage { Path = Addresses.Achievement(language, slug, a.FiscalYear, a.Slug), Language = language.Code, Key = $"achievement:{k}/{a.Key}", DateModified = a.DateModified }));
                pages.AddRange(projects.Select(p => new PublishedPage { Path = Addresses.Project(language, slug, p.Slug), Language = language.Code, Key = $"project:{k}/{p.Key}", DateModified = p.DateModified }));
                pages.AddRange(recommendations.Select(r => new PublishedPage { Path = Addresses.Recommendation(language, slug, r.Slug), Language = language.Code, Key = $"recommendation:{k}/{r.Key}", DateModified = r.DateModified }));
            }
        }

        return pages;
    }
}
