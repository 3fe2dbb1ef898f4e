using Peru.Portal.Web.Geo;

namespace Peru.Portal.Web.Content;

internal sealed partial class CountryReader
{
    /// <summary>
    /// The departments an item names (<c>places:</c>), as slugs of the country's map. A name the map does not
    /// know is a problem at its own line, with the nearest department's name when one is close.
    /// </summary>
    public List<string> Departments(FrontMatterReader fm)
    {
        var entries = fm.StringListWithLines("places", required: false);
        var slugs = new List<string>();
        if (entries.Count == 0)
        {
            return slugs;
        }

        if (DepartmentMap.ForCountry(Folder) is not { } map)
        {
            fm.Problem("places", $"'places' names departments of a map, and {Folder} has none: remove the key");
            return slugs;
        }

        foreach (var (name, line) in entries)
        {
            if (map.Find(name) is not { } department)
            {
                var hint = map.Suggest(name) is { } near ? $" (did you mean '{near.Name}'?)" : "";
                fm.Problem(line, $"'{name}' is not a department of the map of {Folder}{hint}; for work outside the country, set 'regional: true' and leave it out");
            }
            else if (slugs.Contains(department.Slug))
            {
                fm.Problem(line, $"department '{department.Name}' is listed twice");
            }
            else
            {
                slugs.Add(department.Slug);
            }
        }

        return slugs;
    }
}
