using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Models;

/// <summary>What the layout needs from every page: title, breadcrumbs, the country's sections, date modified.</summary>
public sealed record PageChrome(
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
    public object? StructuredData { get; init; }

    /// <summary>Shown as a "Cite this page" block on pages people link to and quote.</summary>
    public bool Citable { get; init; }

    /// <summary>The same page in the other language when it is not a published page (search, errors); else looked up.</summary>
    public string? AlternatePath { get; init; }

    /// <summary>Atom feeds advertised in the head; by default the feed of the page's country.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = Country is null ? [] : [FeedLink.For(Country.Slug, Country.Name)];

    public static PageChrome ForCountry(string countrySlug, string countryName, Section section, string title, string description, string path, DateOnly? dateModified, params Crumb[] trail)
    {
        Crumb[] crumbs = [Crumb.Home, new(countryName, Addresses.Country(countrySlug)), .. trail];
        return new(title, description, path, crumbs, dateModified, new CountryNav(countrySlug, countryName, section));
    }
}

public sealed record FeedLink(string Title, string Path)
{
    public static FeedLink For(string countrySlug, string countryName) =>
        new(Languages.IsFrench ? $"{countryName}\u00A0: réalisations et projets (Atom)" : $"{countryName}: achievements and projects (Atom)", Addresses.Feed(countrySlug));
}

public sealed record Crumb(string Title, string Path)
{
    public static Crumb Home => new(Languages.IsFrench ? "Profils de pays" : "Country profiles", Addresses.Home);
}

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
}

/// <summary>The country's sections, for the navigation under the header.</summary>
public sealed record CountryNav(string Slug, string Name, Section Current)
{
    public IReadOnlyList<(Section Section, string Title, string Path)> Links => Languages.IsFrench
        ?
        [
            (Section.Overview, "Aperçu", Addresses.Country(Slug)),
            (Section.ThematicFocus, "Orientation thématique", Addresses.ThematicFocus(Slug)),
            (Section.Achievements, "Réalisations", Addresses.Achievements(Slug)),
            (Section.Relations, "Relations bilatérales", Addresses.Relations(Slug)),
            (Section.Disbursements, "Décaissements", Addresses.Disbursements(Slug)),
            (Section.Projects, "Projets", Addresses.Projects(Slug)),
            (Section.Evaluation, "Évaluation", Addresses.Evaluation(Slug)),
            (Section.Glossary, "Glossaire", Addresses.Glossary(Slug)),
        ]
        :
        [
            (Section.Overview, "Overview", Addresses.Country(Slug)),
            (Section.ThematicFocus, "Thematic focus", Addresses.ThematicFocus(Slug)),
            (Section.Achievements, "Achievements", Addresses.Achievements(Slug)),
            (Section.Relations, "Bilateral relations", Addresses.Relations(Slug)),
            (Section.Disbursements, "Disbursements", Addresses.Disbursements(Slug)),
            (Section.Projects, "Projects", Addresses.Projects(Slug)),
            (Section.Evaluation, "Evaluation", Addresses.Evaluation(Slug)),
            (Section.Glossary, "Glossary", Addresses.Glossary(Slug)),
        ];
}

/// <summary>Every page's view model carries its chrome, so the layout is typed too.</summary>
public interface IPortalPage
{
    PageChrome Chrome { get; }
}
