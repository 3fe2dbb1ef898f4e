using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Every page the content publishes, in both languages, each with the key it shares with its twin:
/// the sitemap lists them, the language toggle follows the key, the manifest and the export walk them.
/// </summary>
public static class PageCatalog
{
    public static List<PublishedPage> From(LoadedContent content)
    {
        var pages = new List<PublishedPage>();
        foreach (var language in Languages.All)
        {
            using var scope = Languages.Use(language);
            var countries = content.Countries.Where(c => c.Language == language).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            if (countries.Count == 0)
            {
                continue;
            }

            void Add(string path, string key, DateOnly date) => pages.Add(new PublishedPage { Path = path, Language = language, Key = key, DateModified = date });
            Add(Addresses.Home, "home", countries.Max(c => c.DateModified));
            foreach (var country in countries)
            {
                var slug = country.Slug;
                var k = country.Key;
                var sections = content.SectionPages.Where(s => s.Language == language && s.CountrySlug == slug).ToDictionary(s => s.Kind, s => s.DateModified);
                var achievements = content.Achievements.Where(a => a.Language == language && a.CountrySlug == slug).ToList();
                var projects = content.Projects.Where(p => p.Language == language && p.CountrySlug == slug).ToList();
                var recommendations = content.Recommendations.Where(r => r.Language == language && r.CountrySlug == slug).ToList();
                DateOnly Newest(IEnumerable<DateOnly> dates) => dates.DefaultIfEmpty(country.DateModified).Max();
                DateOnly Section(string kind) => sections.TryGetValue(kind, out var d) ? d : country.DateModified;

                Add(Addresses.Country(slug), $"country:{k}", country.DateModified);
                if (sections.ContainsKey("program"))
                {
                    Add(Addresses.ThematicFocus(slug), $"thematic-focus:{k}", Newest([Section("program"), Section("aid-effectiveness")]));
                }

                Add(Addresses.Achievements(slug), $"achievements:{k}", Newest(achievements.Select(a => a.DateModified)));
                if (sections.ContainsKey("relations"))
                {
                    Add(Addresses.Relations(slug), $"relations:{k}", Section("relations"));
                }

                if (sections.ContainsKey("disbursements"))
                {
                    Add(Addresses.Disbursements(slug), $"disbursements:{k}", Section("disbursements"));
                }

                Add(Addresses.Projects(slug), $"projects:{k}", Newest(projects.Select(p => p.DateModified)));
                if (sections.ContainsKey("evaluation"))
                {
                    Add(Addresses.Evaluation(slug), $"evaluation:{k}", Newest(recommendations.Select(r => r.DateModified).Append(Section("evaluation"))));
                }

                if (sections.ContainsKey("glossary"))
                {
                    Add(Addresses.Glossary(slug), $"glossary:{k}", Section("glossary"));
                }

                foreach (var theme in content.Themes.Where(t => t.Language == language && t.CountrySlug == slug))
                {
                    Add(Addresses.Theme(slug, theme.Slug), $"theme:{k}/{theme.Key}", theme.DateModified);
                }

                foreach (var year in content.FiscalYears.Where(y => y.Language == language && y.CountrySlug == slug))
                {
                    Add(Addresses.FiscalYear(slug, year.Year), $"year:{k}/{year.Key}", year.DateModified);
                }

                pages.AddRange(achievements.Select(a => new PublishedPage { Path = Addresses.Achievement(slug, a.FiscalYear, a.Slug), Language = language, Key = $"achievement:{k}/{a.Key}", DateModified = a.DateModified }));
                pages.AddRange(projects.Select(p => new PublishedPage { Path = Addresses.Project(slug, p.Slug), Language = language, Key = $"project:{k}/{p.Key}", DateModified = p.DateModified }));
                pages.AddRange(recommendations.Select(r => new PublishedPage { Path = Addresses.Recommendation(slug, r.Slug), Language = language, Key = $"recommendation:{k}/{r.Key}", DateModified = r.DateModified }));
            }
        }

        return pages;
    }
}
