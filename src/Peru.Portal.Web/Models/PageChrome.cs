using Peru.Portal.Web.Content;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Models;

/// <summary>What the layout needs from every page: its language, title, breadcrumbs, the country's sections, date modified.</summary>
public sealed record PageChrome(
    Language Language,
    string Title,
    string Description,
    string Path,
    IReadOnlyList<Crumb> Breadcrumbs,
    DateOnly? DateModified,
    CountryNav? Country = null)
{
    /// <summary>Open Graph type: "article" for pages journalists cite, "website" otherwise.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>A schema.org object written as JSON-LD in the page's head.</summary>
    public object? StructuredData { get; set; }

    /// <summary>Shown as a "Cite this page" block on pages people link to and quote.</summary>
    public bool Citable { get; init; }

    /// <summary>
    /// The same page in the other languages, in the order the toggle offers them. Pages that are not published pages
    /// (search, errors) give them; for published pages the <see cref="Infrastructure.PageAlternatesFilter"/> looks
    /// them up before the view renders, so the layout never queries the store.
    /// </summary>
    public IReadOnlyList<Alternate> Alternates { get; set; } = [];

    /// <summary>In preview only: what readers would see of this page. Set before the view renders, like <see cref="Alternates"/>.</summary>
    public PreviewBanner? Preview { get; set; }

    /// <summary>The page's share image (og:image), for a published page; the <see cref="Infrastructure.PageAlternatesFilter"/> finds it with the twins.</summary>
    public Share.ShareImageLink? ShareImage { get; set; }

    /// <summary>For a page that is not a published page (search, errors): its address in another language.</summary>
    public Func<Language, string>? AlternateFor { get; init; }

    /// <summary>The published page whose twins this one follows (a fiscal year for its later pages), and how.</summary>
    public string? TwinsOf { get; init; }

    public Func<Language, string, string>? FromTwin { get; init; }

    /// <summary>Atom feeds advertised in the head; by default the feed of the page's country.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = Country is null ? [] : [FeedLink.For(Language, Country.Slug, Country.Name)];

    public static PageChrome ForCountry(Language language, string countrySlug, string countryName, Section section, string title, string description, string path, DateOnly? dateModified, params Crumb[] trail)
    {
        Crumb[] crumbs = [new(countryName, Addresses.Country(language, countrySlug)), .. trail];
        return new(language, title, description, path, crumbs, dateModified, new CountryNav(language, countrySlug, countryName, section));
    }
}

/// <summary>The page in another language: that language and the page's address in it.</summary>
public sealed record Alternate(Language Language, string Path);

/// <summary>A feed of a country's achievements and projects; the layout words its title in the page's language.</summary>
public sealed record FeedLink(string CountryName, string Path)
{
    public static FeedLink For(Language language, string countrySlug, string countryName) => new(countryName, Addresses.Feed(language, countrySlug));
}

/// <summary>A step of the breadcrumb trail after the first, "Country profiles", which the layout writes itself.</summary>
public sealed record Crumb(string Title, string Path);

public enum Section
{
    Overview,
    ThematicFocus,
    Achievements,
    Relations,
    Disbursements,
    Projects,
    Evaluation,
    Glossary,

    /// <summary>The open data's field definitions: not in the section navigation, which marks none of its links current.</summary>
    OpenData,

    Map,
}

/// <summary>The country's sections, for the navigation under the header; the layout words each title.</summary>
public sealed record CountryNav(Language Language, string Slug, string Name, Section Current)
{
    public IReadOnlyList<(Section Section, string Title, string Path)> Links =>
    [
        (Section.Overview, "Overview", Addresses.Country(Language, Slug)),
        (Section.ThematicFocus, "Thematic focus", Addresses.ThematicFocus(Language, Slug)),
        (Section.Achievements, "Achievements", Addresses.Achievements(Language, Slug)),
        (Section.Relations, "Bilateral relations", Addresses.Relations(Language, Slug)),
        (Section.Disbursements, "Disbursements", Addresses.Disbursements(Language, Slug)),
        (Section.Projects, "Projects", Addresses.Projects(Language, Slug)),
        (Section.Evaluation, "Evaluation", Addresses.Evaluation(Language, Slug)),
        (Section.Glossary, "Glossary", Addresses.Glossary(Language, Slug)),
        (Section.Map, "Map", Addresses.Map(Language, Slug)),
    ];
}

/// <summary>Every page's view model carries its chrome, so the layout is typed too.</summary>
public interface IPortalPage
{
    PageChrome Chrome { get; }
}
