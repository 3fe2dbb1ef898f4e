namespace Peru.Portal.Web.Content;

/// <summary>What the running portal knows about its last import, for the health check and, later, the watcher.</summary>
public sealed class ContentState
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private volatile Snapshot _current = new(false, [], null, 0, None, null);

    public bool IsLoaded => _current.Loaded;

    public IReadOnlyList<ContentProblem> Problems => _current.Problems;

    public DateTimeOffset? LastImport => _current.LastImport;

    /// <summary>Counts imports: pages cached under an older version are never served again.</summary>
    public int Version => _current.Version;

    /// <summary>Content is loaded but the files now on disk have problems: the last good content is served.</summary>
    public bool IsDegraded => _current.Loaded && _current.Problems.Count > 0;

    /// <summary>Every address the served content answers (pages, feeds, open data, search), kept in memory so that
    /// checking one costs no store query.</summary>
    public IReadOnlySet<string> Addresses => _current.Addresses;

    /// <summary>What the served content shows and withholds, and when that next changes.</summary>
    public PublicationView Publication => _current.Publication;

    /// <summary>The fingerprint of the files the served content was read from; null when not known.</summary>
    public string? Fingerprint => _current.Fingerprint;

    public void Loaded(DateTimeOffset at, IReadOnlySet<string> addresses, string? fingerprint = null, PublicationView? publication = null) =>
        _current = new(true, [], at, _current.Version + 1, addresses, fingerprint) { Publication = publication ?? PublicationView.None };

    public void Failed(IReadOnlyList<ContentProblem> problems) => _current = _current with { Problems = problems };

    private sealed record Snapshot(bool Loaded, IReadOnlyList<ContentProblem> Problems, DateTimeOffset? LastImport, int Version, IReadOnlySet<string> Addresses, string? Fingerprint)
    {
        public PublicationView Publication { get; init; } = PublicationView.None;
    }
}
