using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary><c>projects/{name}.md</c>: one project, with its funding, implementer, places, people reached and announcement.</summary>
internal static class ProjectKind
{
    public static ContentKind<Project> Declaration { get; } = new()
    {
        Name = "project",
        Pattern = "projects/{name}.md",
        Publishable = true,
        Read = (r, file, match) => Read(r, file, match["name"]),
        Check = r => r.Duplicates(r.Mine<Project>(), p => p.Slug, "project slug"),
        Index = new("projects", Addresses.Projects, scope => scope.Newest(scope.Items<Project>().Select(p => p.DateModified))),
        Address = (language, country, p) => Addresses.Project(language, country, p.Slug),
        Search = Search,
        Card = (p, language) => new(p.Title, Formats.Money(language, p.FundingAmount, p.FundingCurrency)),
        FiguresOf = (p, _) =>
        [
            ("funding.amount", [Twins.N(p.FundingAmount), p.FundingCurrency]), ("funding.start_year", [Twins.N(p.FundingStartYear)]), ("funding.end_year", [Twins.N(p.FundingEndYear)]), ("funding.kind", [p.FundingKind]),
            ("total_value.amount", [p.TotalValue is { } t ? Twins.N(t) : ""]), ("total_value.start_year", [p.TotalValueStartYear is { } s ? Twins.N(s) : ""]), ("total_value.end_year", [p.TotalValueEndYear is { } e ? Twins.N(e) : ""]),
            ("beneficiaries", p.Beneficiaries.Select(b => Twins.N(b.Value)).ToList()), ("regional", [p.Regional ? "true" : "false"]), ("places", p.Departments),
            ("iati_identifier", [p.IatiIdentifier ?? ""]), ("activity_status", [p.ActivityStatus ?? ""]),
        ],
    };

    private static SearchDocument Search(Project p, SearchContext s)
    {
        var language = s.Language;
        var people = p.Beneficiaries.Select(b => $"{Formats.Figure(language, b.Value, null, null, b.Qualifier)} {b.Label}");
        return new(language.Code, p.CountrySlug, Addresses.Project(language, p.CountrySlug, p.Slug), p.Title,
            SearchDocuments.Join(p.BodyText, p.Implementer, SearchDocuments.Join(p.Places), SearchDocuments.Join(people), Formats.Money(language, p.FundingAmount, p.FundingCurrency),
                p.TotalValue is { } total ? Formats.Money(language, total, p.FundingCurrency) : null, s.ThemeTitle(p.CountrySlug, p.ThemeSlug)),
            SearchDocuments.Projects, p.ThemeSlug, null);
    }

    private static void Read(CountryReader r, SourceFile file, string fileName)
    {
        if (r.Open(file) is not { } fm)
        {
            return;
        }

        var slug = r.SlugOf(file, fm, fileName);
        Project? project = null;
        var theme = r.ThemeReference(fm, file);
        var money = ProjectFunding.Read(fm);
        var announcement = fm.Mapping("announcement");
        var body = r.Render(file);
        project = new Project
        {
            Language = r.Code,
            Key = fileName,
            CountrySlug = r.Slug,
            Slug = slug,
            Title = fm.Text("title") ?? "",
            FundingAmount = money.Amount,
            FundingCurrency = money.Currency,
            FundingCurrencyNote = money.CurrencyNote,
            FundingDuration = money.Duration,
            FundingStartYear = money.StartYear,
            FundingEndYear = money.EndYear,
            FundingKind = money.Kind,
            TotalValue = money.TotalValue,
            TotalValueStartYear = money.TotalValueStartYear,
            TotalValueEndYear = money.TotalValueEndYear,
            TotalValuePeriodAsStated = money.TotalValuePeriodAsStated,
            Implementer = fm.Text("implementer") ?? "",
            ThemeSlug = theme ?? "",
            Places = fm.StringList("location"),
            Regional = fm.Flag("regional") ?? false,
            Departments = r.Departments(fm),
            Beneficiaries = fm.List("beneficiaries", b =>
            {
                var value = b.Number("value");
                var label = b.Text("label");
                var qualifier = CountryReader.Qualifier(b);
                return value is null || label is null ? null : new Beneficiary { Value = value.Value, Label = label, Qualifier = qualifier };
            }, required: false),
            AnnouncedBy = announcement?.Text("by") ?? "",
            AnnouncedAt = announcement?.Text("event") ?? "",
            AnnouncedIn = announcement?.Text("place") ?? "",
            AnnouncedFrom = announcement?.Date("start_date") ?? default,
            AnnouncedTo = announcement?.Date("end_date") ?? default,
            SourceKey = r.Reference(fm, file) ?? "",
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            DateModified = r.DateModified(file, fm),
            Corrections = r.CorrectionsOf(file),
            IatiIdentifier = IatiFrontMatter.Identifier(fm),
            ActivityStatus = IatiFrontMatter.ActivityStatus(fm),
        };
        announcement?.ReportUnknownKeys("'announcement'");
        r.Aliases(fm, file, Addresses.Project(r.Language, r.Slug, slug));
        r.Content.Projects.Add(r.Track(file, fm, fileName, project));
    }
}
