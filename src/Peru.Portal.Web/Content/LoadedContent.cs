using Peru.Portal.Web.Content.Kinds;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>Everything read from the content folder, ready to be written to the store.</summary>
public sealed class LoadedContent
{
    private readonly Dictionary<Type, object> _rows = [];

    /// <summary>The rows of one type, in the order they were read; a kind declared later keeps its rows here too.</summary>
    public List<T> Rows<T>()
    {
        if (!_rows.TryGetValue(typeof(T), out var rows))
        {
            _rows[typeof(T)] = rows = new List<T>();
        }

        return (List<T>)rows;
    }

    /// <summary>The rows read of <paramref name="type"/>, or none: what the importer writes to that type's table.</summary>
    public System.Collections.IEnumerable RowsOf(Type type) => _rows.TryGetValue(type, out var rows) ? (System.Collections.IEnumerable)rows : Array.Empty<object>();

    public List<Country> Countries => Rows<Country>();
    public List<SectionPage> SectionPages => Rows<SectionPage>();
    public List<Theme> Themes => Rows<Theme>();
    public List<FiscalYear> FiscalYears => Rows<FiscalYear>();
    public List<Achievement> Achievements => Rows<Achievement>();
    public List<TradeFigure> TradeFigures => Rows<TradeFigure>();
    public List<TimelineEvent> Timeline => Rows<TimelineEvent>();
    public List<Disbursement> Disbursements => Rows<Disbursement>();
    public List<Project> Projects => Rows<Project>();
    public List<Recommendation> Recommendations => Rows<Recommendation>();
    public List<PageAlias> Aliases => Rows<PageAlias>();
    public List<GlossaryEntry> Glossary => Rows<GlossaryEntry>();
    public int FileCount { get; set; }

    private readonly Dictionary<object, ItemPublication> _publications = new(ReferenceEqualityComparer.Instance);

    /// <summary>Every item whose file may be a draft, be scheduled or be corrected, with its publication and file.</summary>
    public IReadOnlyCollection<ItemPublication> Publications => _publications.Values;

    /// <summary>An item's publication: <see cref="Publication.Always"/> for items of kinds that are never scheduled.</summary>
    public Publication PublicationOf(object item) => _publications.TryGetValue(item, out var p) ? p.Publication : Publication.Always;

    internal void Publish(ItemPublication publication) => _publications[publication.Item] = publication;

    /// <summary>Every link of every body to an address of this site, for the check that no page links to a draft.</summary>
    internal List<SiteLink> Links { get; } = [];

    /// <summary>What readers see, once <see cref="Publishing.Apply"/> has withheld what they may not: null before.</summary>
    public PublicationView? View { get; internal set; }

    /// <summary>Takes out rows readers may not see, whatever their type.</summary>
    internal void RemoveRows(IReadOnlySet<object> rows)
    {
        foreach (var list in _rows.Values.OfType<System.Collections.IList>())
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (rows.Contains(list[i]!))
                {
                    list.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>
    /// Lets the rows, publications and links go once the store holds them and the addresses are taken. Whoever keeps
    /// the content after that (the start-up read stays among the host's services for the whole run) then keeps only
    /// what it was told: on the 33,000-file synthetic set the rows alone were about 100 MiB held for nothing.
    /// </summary>
    internal void ReleaseRows()
    {
        _rows.Clear();
        _publications.Clear();
        Links.Clear();
        Links.TrimExcess();
    }

    /// <summary>The languages the content was read in: every page, address and search document is made for each.</summary>
    public Localization.LanguageTable Languages { get; set; } = Localization.LanguageTable.Builtin;

    /// <summary>The kinds the content was read as: the page catalog, search and live addresses follow them.</summary>
    internal ContentKinds Kinds { get; set; } = ContentKinds.Builtin;
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
