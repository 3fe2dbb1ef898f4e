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
    public int FileCount { get; set; }
}

public sealed record ContentLoadResult(LoadedContent Content, IReadOnlyList<ContentProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
