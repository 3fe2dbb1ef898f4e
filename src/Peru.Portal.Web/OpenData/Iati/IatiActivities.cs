using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.OpenData.Iati;

/// <summary>
/// What one IATI file is made of: a country in every language, its projects with their twins, and who reports them.
/// <c>Languages</c> are the portal's, default first: each narrative is written in each of them that has a twin;
/// <c>Funder</c> gives Global Affairs Canada's name in a language.
/// </summary>
public sealed record IatiFileSource(
    ReportingOrganisation ReportingOrg,
    IReadOnlyList<Language> Languages,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Project> Projects,
    string BaseUrl,
    Func<Language, string> Funder);

/// <summary>
/// Writes a country's projects as IATI 2.03 activity XML, one <c>iati-activity</c> per project. Only what the content
/// says is written: a recipient country only for a project that is not regional, a status only where the content gives
/// one (else the one thing known, that the funding was announced), dates only as precise as the content's years.
/// </summary>
public static partial class IatiActivities
{
    public const string Version = "2.03";

    /// <summary>IATI's status for an activity "being scoped or planned": all the portal knows of funding only announced.</summary>
    public const string AnnouncedStatus = "1";

    private const string PlannedStart = "1";
    private const string PlannedEnd = "3";
    private const string FundingRole = "1";
    private const string ImplementingRole = "4";
    private const string GeneralDescription = "1";
    private const string OriginalBudget = "1";
    private const string IndicativeBudget = "1";
    private const string ActivityWebPage = "A12";

    private static readonly XNamespace Xml = XNamespace.Xml;

    public static byte[] Write(IatiFileSource source)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), Document(source));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    public static XElement Document(IatiFileSource source)
    {
        var languages = source.Languages;
        var countries = source.Countries.ToDictionary(c => c.Language, StringComparer.Ordinal);
        var isoCode = source.Countries.Select(c => c.IsoCode).FirstOrDefault(c => c is not null);
        var activities = source.Projects.GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => languages.Select(l => (Language: l, Project: g.FirstOrDefault(p => p.Language == l.Code))).Where(t => t.Project is not null).Select(t => (t.Language, Project: t.Project!)).ToList())
            .Where(twins => twins.Count > 0)
            .Select(twins => Activity(source, twins, isoCode, countries));
        return new XElement("iati-activities", new XAttribute("version", Version), activities);
    }

    /// <summary>The identifier the content gives, else the reporting organisation's and the project's permanent name (its English file name).</summary>
    public static string Identifier(ReportingOrganisation org, Project project) => project.IatiIdentifier ?? $"{org.Ref}-{project.Key}";

    private static XElement Activity(IatiFileSource source, List<(Language Language, Project Project)> twins, string? isoCode, Dictionary<string, Country> countries)
    {
        var main = twins[0].Project;
        var org = source.ReportingOrg;
        return new XElement("iati-activity",
            new XAttribute(Xml + "lang", twins[0].Language.Code),
            new XAttribute("last-updated-datetime", twins.Max(t => t.Project.DateModified).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new XElement("iati-identifier", Identifier(org, main)),
            new XElement("reporting-org", new XAttribute("ref", org.Ref), new XAttribute("type", org.Type), new XAttribute("secondary-reporter", "1"), Narrative(twins[0].Language, org.Name)),
            new XElement("title", twins.Select(t => Narrative(t.Language, t.Project.Title))),
            new XElement("description", new XAttribute("type", GeneralDescription), twins.Select(t => Narrative(t.Language, t.Project.BodyText))),
            new XElement("participating-org", new XAttribute("role", FundingRole), twins.Select(t => Narrative(t.Language, source.Funder(t.Language)))),
            new XElement("participating-org", new XAttribute("role", ImplementingRole), twins.Select(t => Narrative(t.Language, t.Project.Implementer))),
            new XElement("activity-status", new XAttribute("code", main.ActivityStatus ?? AnnouncedStatus)),

            // The content gives years, not days: the dates are the first and last day of those years, and each says in
            // words how precise it is, as the standard asks for dates less precise than a day.
            new XElement("activity-date", new XAttribute("type", PlannedStart), new XAttribute("iso-date", Iso(FirstDay(main.FundingStartYear))), twins.Select(t => Narrative(t.Language, Year(t.Project.FundingStartYear)))),
            new XElement("activity-date", new XAttribute("type", PlannedEnd), new XAttribute("iso-date", Iso(LastDay(main.FundingEndYear))), twins.Select(t => Narrative(t.Language, Year(t.Project.FundingEndYear)))),
            main.Regional || isoCode is null ? null : new XElement("recipient-country", new XAttribute("code", isoCode)),
            Budget(main),
            twins.Select(t => DocumentLink(source.BaseUrl, t.Language, t.Project, countries)));
    }

    // The new funding announced, as announced: its amount and currency over its period, valued on the day it was
    // announced. A total value the source gives is not a budget the announcement set, so it is not one here.
    private static XElement? Budget(Project p) => p.AnnouncedFrom == default ? null : new XElement("budget",
        new XAttribute("type", OriginalBudget), new XAttribute("status", IndicativeBudget),
        new XElement("period-start", new XAttribute("iso-date", Iso(FirstDay(p.FundingStartYear)))),
        new XElement("period-end", new XAttribute("iso-date", Iso(LastDay(p.FundingEndYear)))),
        new XElement("value", new XAttribute("currency", p.FundingCurrency), new XAttribute("value-date", Iso(p.AnnouncedFrom)), Amount(p.FundingAmount)));

    private static XElement DocumentLink(string baseUrl, Language language, Project p, Dictionary<string, Country> countries) =>
        new("document-link",
            new XAttribute("url", baseUrl + Addresses.Project(language, countries.TryGetValue(p.Language, out var c) ? c.Slug : p.CountrySlug, p.Slug)),
            new XAttribute("format", "text/html"),
            new XElement("title", Narrative(language, p.Title)),
            new XElement("category", new XAttribute("code", ActivityWebPage)),
            new XElement("language", new XAttribute("code", language.Code)));

    /// <summary>An organisation identifier: a registration agency's prefix (two capitals, then its own code) and a number.</summary>
    public static bool IsOrganisationIdentifier(string? value) => value is not null && OrganisationIdentifier().IsMatch(value);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z]{2}-[A-Za-z0-9_]+(-[A-Za-z0-9_]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OrganisationIdentifier();

    private static XElement Narrative(Language language, string text) => new("narrative", new XAttribute(Xml + "lang", language.Code), text);

    // The store keeps amounts as SQLite reals ("1200000.0"); the file writes them as the content does.
    private static string Amount(decimal amount) => amount.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static DateOnly FirstDay(int year) => new(year, 1, 1);

    private static DateOnly LastDay(int year) => new(year, 12, 31);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
