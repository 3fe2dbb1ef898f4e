using Peru.Portal.Web.Data;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary>
/// The country's pages of prose, one file each: the program and aid effectiveness (together the thematic focus page),
/// bilateral relations, disbursements, the evaluation and the glossary. Each is a <see cref="SectionPage"/> of its kind.
/// </summary>
internal static class SectionKinds
{
    public static ContentKind<SectionPage> Program { get; } = Declare("program", "program.md", SearchDocuments.Themes,
        new("thematic-focus", Addresses.ThematicFocus, scope => scope.Section("program") is { } program ? Max(program, scope.Section("aid-effectiveness") ?? scope.Country.DateModified) : null),
        read: (_, _, fm, page) => page.Goal = fm.Text("goal"),
        search: (s, _) => s.Goal ?? "",
        address: Addresses.ThematicFocus);

    /// <summary>Aid effectiveness has no page of its own: it is a part of the thematic focus page.</summary>
    // Shown as a section of the thematic focus page, under its own h2: its "##" headings are h3s.
    public static ContentKind<SectionPage> AidEffectiveness { get; } = Declare("aid-effectiveness", "aid-effectiveness.md", SearchDocuments.Themes, index: null,
        address: (language, country) => $"{Addresses.ThematicFocus(language, country)}#aid-effectiveness", headingOffset: 1);

    public static ContentKind<SectionPage> Relations { get; } = Declare("relations", "relations.md", SearchDocuments.Relations,
        new("relations", Addresses.Relations, scope => scope.Section("relations")),
        read: RelationsKind.Read,
        search: RelationsKind.Search,
        figures: RelationsKind.Figures,
        address: Addresses.Relations);

    public static ContentKind<SectionPage> Disbursements { get; } = Declare("disbursements", "disbursements.md", SearchDocuments.Disbursements,
        new("disbursements", Addresses.Disbursements, scope => scope.Section("disbursements")),
        read: DisbursementsKind.Read,
        search: DisbursementsKind.Search,
        figures: DisbursementsKind.Figures,
        address: Addresses.Disbursements);

    public static ContentKind<SectionPage> Evaluation { get; } = Declare("evaluation", "evaluation/index.md", SearchDocuments.Evaluation,
        new("evaluation", Addresses.Evaluation, scope => scope.Section("evaluation") is { } evaluation ? scope.Newest(scope.Items<Recommendation>().Select(r => r.DateModified).Append(evaluation)) : null),
        read: (r, file, fm, page) =>
        {
            page.SourceKey = r.Reference(fm, file);
            page.PeriodFrom = fm.FiscalYear("period_from");
            page.PeriodTo = fm.FiscalYear("period_to");
        },
        address: Addresses.Evaluation);

    /// <summary>Read before any other file: every body is rendered with the glossary's abbreviations marked.</summary>
    public static ContentKind<SectionPage> Glossary { get; } = new()
    {
        Name = "glossary",
        Noun = "page",
        Pattern = "glossary.md",
        Stage = ContentKind.ReadFirst,
        Includes = s => s.Kind == "glossary",
        Read = (r, file, _) => r.ReadGlossary(file),
        Finish = r => r.FinishGlossary(),
        Index = new("glossary", Addresses.Glossary, scope => scope.Section("glossary")) { Card = TitleOf("glossary") },
        Search = (s, context) => Document(s, context, Addresses.Glossary(context.Language, s.CountrySlug), SearchDocuments.Glossary,
            SearchDocuments.Join(context.Content.Glossary.Where(g => g.Language == s.Language && g.CountrySlug == s.CountrySlug).Select(g => SearchDocuments.Join(g.Term, g.Expansion, g.Definition)))),
        FiguresOf = Period,
    };

    private static ContentKind<SectionPage> Declare(
        string name,
        string pattern,
        string section,
        IndexPage? index,
        Func<Localization.Language, string, string> address,
        Action<CountryReader, SourceFile, FrontMatterReader, SectionPage>? read = null,
        Func<SectionPage, SearchContext, string>? search = null,
        Func<SectionPage, LoadedContent, IEnumerable<(string Key, IReadOnlyList<string> Values)>>? figures = null,
        int headingOffset = 0) => new()
        {
            Name = name,
            Noun = "page",
            Pattern = pattern,
            Includes = s => s.Kind == name,
            Read = (r, file, _) => Read(r, file, name, read, headingOffset),
            Index = index is null ? null : index with { Card = TitleOf(name) },
            Search = (s, context) => Document(s, context, address(context.Language, s.CountrySlug), section, search?.Invoke(s, context) ?? ""),
            FiguresOf = figures ?? Period,
        };

    /// <summary>Reads one page of prose as a <see cref="SectionPage"/> of <paramref name="kind"/>; other kinds with a page of prose (the map) read theirs with it.</summary>
    internal static void Read(CountryReader r, SourceFile file, string kind, Action<CountryReader, SourceFile, FrontMatterReader, SectionPage>? more, int headingOffset)
    {
        if (r.Open(file) is not { } fm)
        {
            return;
        }

        var body = r.Render(file, headingOffset);
        var page = new SectionPage
        {
            Language = r.Code,
            Key = kind,
            CountrySlug = r.Slug,
            Kind = kind,
            Title = fm.Text("title") ?? "",
            Summary = fm.Text("summary") ?? "",
            BodyHtml = body.Html,
            Headings = [.. body.Headings.Select(h => new SectionHeading { Level = h.Level, Id = h.Id, Text = h.Text })],
            BodyText = body.PlainText,
            DateModified = r.DateModified(file, fm),
        };
        more?.Invoke(r, file, fm, page);
        r.Content.SectionPages.Add(r.Track(file, fm, kind, page));
    }

    /// <summary>A page of prose's share image shows its title.</summary>
    internal static Func<KindScope, Share.ShareCard?> TitleOf(string kind) =>
        scope => scope.Items<SectionPage>().FirstOrDefault(s => s.Kind == kind) is { } page ? new Share.ShareCard(page.Title, null) : null;

    private static SearchDocument Document(SectionPage s, SearchContext context, string path, string section, string extra) =>
        new(context.Language.Code, s.CountrySlug, path, s.Title, SearchDocuments.Join(s.Summary, s.BodyText, extra), section, null, null);

    private static IEnumerable<(string Key, IReadOnlyList<string> Values)> Period(SectionPage s, LoadedContent content) =>
        [("period_from", [s.PeriodFrom ?? ""]), ("period_to", [s.PeriodTo ?? ""])];

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
