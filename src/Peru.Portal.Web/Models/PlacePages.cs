using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Content.Kinds;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Models;

/// <summary>A department with work, as the list beside the map names it: its page and how much work names it.</summary>
public sealed record DepartmentListing(string Name, string Path, int Achievements, int Projects);

/// <summary>
/// The map of the country's departments: the drawing (made at import), the same departments as a list of links,
/// the projects outside the country and those whose source names no department, and the map's source and licence.
/// </summary>
public sealed record MapPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    string BodyHtml,
    string CaptionId,
    string? Svg,
    string CountryName,
    IReadOnlyList<DepartmentListing> Departments,
    IReadOnlyList<ProjectLink> Outside,
    IReadOnlyList<ProjectLink> Unplaced) : IPortalPage
{
    public static MapPage From(Language language, Country country, SectionPage map, MapDrawing? drawing, IReadOnlyList<Department> departments,
        IReadOnlyList<Project> outside, IReadOnlyList<Project> unplaced, IStringLocalizer<FundingText> money)
    {
        var slug = country.Slug;
        var modified = departments.Select(d => d.DateModified).Append(map.DateModified).Max();
        return new(
            PageChrome.ForCountry(language, slug, country.Name, Section.Map, map.Title, map.Summary, Addresses.Map(language, slug), modified),
            map.Title,
            map.Summary,
            map.BodyHtml,
            MapKind.CaptionId,
            drawing?.Svg,
            country.Name,
            departments.Select(d => new DepartmentListing(d.Name, Addresses.Department(language, slug, d.Slug), d.AchievementCount, d.ProjectCount)).ToList(),
            outside.Select(p => ProjectLink.From(language, p, money)).ToList(),
            unplaced.Select(p => ProjectLink.From(language, p, money)).ToList());
    }
}

/// <summary>One department: the achievements and projects whose sources name it.</summary>
public sealed record DepartmentPage(
    PageChrome Chrome,
    string Name,
    string CountryName,
    IReadOnlyList<AchievementLink> Achievements,
    IReadOnlyList<ProjectLink> Projects,
    string MapPath,
    string MapTitle) : IPortalPage
{
    public static DepartmentPage From(Language language, Country country, SectionPage map, Department department, IReadOnlyList<Achievement> achievements,
        IReadOnlyList<Project> projects, IReadOnlyDictionary<string, Theme> themes, IStringLocalizer<DepartmentPage> text, IStringLocalizer<FundingText> money)
    {
        var slug = country.Slug;
        var description = text["Achievements and projects of Canada's assistance in {0}, {1}, as the sources name them.", department.Name, country.Name].Value;
        return new(
            PageChrome.ForCountry(language, slug, country.Name, Section.Map, department.Name, description, Addresses.Department(language, slug, department.Slug),
                department.HasWork ? department.DateModified : map.DateModified, new Crumb(map.Title, Addresses.Map(language, slug))),
            department.Name,
            country.Name,
            achievements.Select(a => AchievementLink.From(language, a, themes)).ToList(),
            projects.Select(p => ProjectLink.From(language, p, money)).ToList(),
            Addresses.Map(language, slug),
            map.Title);
    }
}
