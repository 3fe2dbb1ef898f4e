namespace Peru.Portal.Web.Data;

/// <summary>
/// One department of a country's map, in one language, with how much of the content names it. Every department
/// of the map has a row, so its address keeps answering when content stops naming it; only those with work are
/// published (sitemap, export, map links).
/// </summary>
public sealed class Department : IContentItem
{
    public int Id { get; set; }

    public string Language { get; set; } = "en";

    /// <summary>The department's slug: the same in every language, as its name is.</summary>
    public string Key { get; set; } = "";

    public required string CountrySlug { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Code { get; set; }
    public int AchievementCount { get; set; }
    public int ProjectCount { get; set; }
    public DateOnly DateModified { get; set; }

    public bool HasWork => AchievementCount + ProjectCount > 0;
}

/// <summary>A country's map of departments in one language, drawn as SVG at import: the shaded departments link to their pages in that language.</summary>
public sealed class MapDrawing
{
    public int Id { get; set; }
    public required string Language { get; set; }
    public required string CountrySlug { get; set; }
    public required string Svg { get; set; }
}
