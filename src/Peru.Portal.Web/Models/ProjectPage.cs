using Peru.Portal.Web.Localization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>One project: the new funding announced and its period, apart from the project's total value.</summary>
public sealed record ProjectPage(
    PageChrome Chrome,
    string Title,
    string Funding,
    string? FundingNote,
    string FundingPeriod,
    string? TotalValue,
    string Implementer,
    ThemeLink Theme,
    string Places,
    string Regional,
    IReadOnlyList<string> PeopleReached,
    string PeopleReachedLabel,
    string Announcement,
    string BodyHtml,
    SourceView? Source,
    string ProjectsPath) : IPortalPage
{
    /// <summary>Corrections shown under the text, oldest first.</summary>
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    public static ProjectPage From(Language language, Country country, Project project, Theme? theme, string baseUrl, IStringLocalizer<ProjectPage> text, IStringLocalizer<FundingText> money)
    {
        var slug = country.Slug;
        var url = baseUrl.TrimEnd('/') + Addresses.Project(language, slug, project.Slug);
        var period = FundingText.Period(language, project);
        var description = FundingText.Sentence(language, project, money);
        var totalValue = FundingText.TotalValue(language, project, money);
        var notes = new List<string>();
        if (FundingText.IsIncrease(project))
        {
            notes.Add(money["Increase to an existing project"]);
        }

        if (project.FundingCurrencyNote is { } currencyNote)
        {
            notes.Add(currencyNote);
        }

        return new(
            PageChrome.ForCountry(language, slug, country.Name, Section.Projects, project.Title, description,
                Addresses.Project(language, slug, project.Slug), project.DateModified,
                new Crumb(text["Projects"], Addresses.Projects(language, slug))) with
            {
                OpenGraphType = "article",
                Citable = true,
                StructuredData = StructuredData.MonetaryGrant(project, url, description, totalValue is null ? null : money["Total value of the project: {0}.", totalValue].Value),
            },
            project.Title,
            FundingText.Amount(language, project),
            notes.Count == 0 ? null : string.Join("; ", notes),
            $"{project.FundingDuration}, {period}",
            totalValue,
            project.Implementer,
            theme is null ? new ThemeLink(project.ThemeSlug, project.ThemeSlug, Addresses.Theme(language, slug, project.ThemeSlug)) : ThemeLink.From(language, theme),
            string.Join("; ", project.Places),
            project.Regional ? text["Yes: this project works outside {0}", country.Name] : text["No: this project works in {0}", country.Name],
            project.Beneficiaries.Select(b => $"{Formats.Figure(language, b.Value, null, null, b.Qualifier)} {b.Label}").ToList(),
            // Money added to an existing project has its own period; the people the project reaches are the whole project's.
            FundingText.IsIncrease(project) ? text["People reached (expected, whole project)"] : text["People reached (expected, {0})", period],
            text["Announced by {0} at the {1} in {2}, {3}", project.AnnouncedBy, project.AnnouncedAt, project.AnnouncedIn, Formats.DateRange(language, project.AnnouncedFrom, project.AnnouncedTo)],
            project.BodyHtml,
            Sources.Of(language, country).Find(project.SourceKey),
            Addresses.Projects(language, slug))
        {
            Corrections = CorrectionView.Of(language, project.Corrections),
        };
    }
}
