using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>Everything read from the content folder, ready to be written to the store.</summary>
public sealed class LoadedContent
{
    public List<Country> Countries { get; } = [];
    public List<SectionPage> SectionPages { get; } = [];
    public List<Theme> Themes { get; } = [];
    public List<FiscalYear> FiscalYears { get; } = [];
    public List<Achievement> Achievements { get; } = [];
    public List<TradeFigure> TradeFigures { get; } = [];
    public List<TimelineEvent> Timeline { get; } = [];
    public List<Disbursement> Disbursements { get; } = [];
    public List<Project> Projects { get; } = [];
    public List<Recommendation> Recommendations { get; } = [];
    public List<PageAlias> Aliases { get; } = [];
    public List<GlossaryEntry> Glossary { get; } = [];
    public int FileCount { get; set; }

    /// <summary>The languages the content was read in: every page, address and search document is made for each.</summary>
    public Localization.LanguageTable Languages { get; set; } = Localization.LanguageTable.Builtin;
}

/// <summary><see cref="Problems"/> stop an import; <see cref="Warnings"/> are printed by the validator and stop nothing.</summary>
public sealed record ContentLoadResult(LoadedContent Content, IReadOnlyList<ContentProblem> Problems)
{
    public IReadOnlyList<ContentProblem> Warnings { get; init; } = [];

    public bool IsValid => Problems.Count == 0;

    /// <summary>Splits what the loader found into problems and warnings.</summary>
    public static ContentLoadResult Of(LoadedContent content, IReadOnlyCollection<ContentProblem> found) =>
        new(content, found.Where(p => p.Severity == ProblemSeverity.Error).ToList())
        {
            Warnings = found.Where(p => p.Severity == ProblemSeverity.Warning).ToList(),
        };
}
