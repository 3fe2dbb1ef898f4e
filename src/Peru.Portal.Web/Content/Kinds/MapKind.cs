using Peru.Portal.Web.Data;
using Peru.Portal.Web.Geo;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary>
/// <c>map.md</c>: the page of the country's map of departments (its title, summary and words about the map). Once
/// every item is read, each department of the map becomes a row with how many achievements and projects name it
/// (<c>departments:</c>), and the map is drawn as SVG in the file's language, each department with work a link to
/// its page. Every country folder has a map.md; a country the portal has no map for (<see cref="DepartmentMap"/>)
/// gets the page without a drawing: its lists of work outside the country and work not placed still stand.
/// </summary>
internal static class MapKind
{
    public static ContentKind<Department> Declaration { get; } = new()
    {
        Name = "map",
        Noun = "page",
        Pattern = "map.md",
        Required = true,
        Read = (r, file, _) => SectionKinds.Read(r, file, "map", null, 0),
        Includes = d => d.HasWork,
        Index = new("map", Addresses.Map, scope => scope.Section("map") is { } map ? scope.Newest(scope.Items<Department>().Where(d => d.HasWork).Select(d => d.DateModified).Append(map)) : null)
        {
            Card = SectionKinds.TitleOf("map"),
        },
        Address = (language, country, d) => Addresses.Department(language, country, d.Slug),
        PageKey = "department",
        Card = (d, _) => new(d.Name, null),
        Finish = Finish,
    };

    /// <summary>The id of the map's caption on its page, which names the drawing for assistive technology.</summary>
    public const string CaptionId = "map-caption";

    private static void Finish(CountryReader r)
    {
        if (DepartmentMap.ForCountry(r.Folder) is not { } map || r.Mine<SectionPage>().FirstOrDefault(s => s.Kind == "map") is not { } page)
        {
            return;
        }

        var achievements = r.Mine<Achievement>().ToList();
        var projects = r.Mine<Project>().ToList();
        var departments = map.Departments.Select(d =>
        {
            var inAchievements = achievements.Where(a => a.Departments.Contains(d.Slug)).ToList();
            var inProjects = projects.Where(p => p.Departments.Contains(d.Slug)).ToList();
            return new Department
            {
                Language = r.Code,
                Key = d.Slug,
                CountrySlug = r.Slug,
                Slug = d.Slug,
                Name = d.Name,
                Code = d.Code,
                AchievementCount = inAchievements.Count,
                ProjectCount = inProjects.Count,
                DateModified = inAchievements.Select(a => a.DateModified).Concat(inProjects.Select(p => p.DateModified)).DefaultIfEmpty(page.DateModified).Max(),
            };
        }).ToList();
        r.Content.Rows<Department>().AddRange(departments);

        var withWork = departments.Where(d => d.HasWork).ToDictionary(d => d.Slug, StringComparer.Ordinal);
        r.Content.Rows<MapDrawing>().Add(new MapDrawing
        {
            Language = r.Code,
            CountrySlug = r.Slug,
            Svg = DepartmentMapDrawing.Draw(map, d => withWork.ContainsKey(d.Slug) ? new DepartmentLink(Addresses.Department(r.Language, r.Slug, d.Slug), d.Name) : null, CaptionId),
        });
    }
}
