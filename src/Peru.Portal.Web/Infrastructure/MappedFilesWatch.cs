namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// Decides at each heap check whether the pages of mapped files go back (<see cref="MappedFiles.Release"/>). Growth is
/// measured from what a release left resident, not from the level before it: otherwise the code that the first pages
/// after start-up touch (routing, views, query compilation, on the way to a cached answer) counts as the working set,
/// since it brings the pages back to about what start-up held, and stays for the whole run. The check right after a
/// release at a check only takes the level the requests brought back since (the pages they use) as the one to grow
/// from, so steady load does not have its own pages dropped and read again at every check.
/// </summary>
public sealed class MappedFilesWatch
{
    private long? _before;
    private bool _settling;

    /// <summary>Whether the pages go back now, given the resident file pages; the caller then reports <see cref="Released"/>.</summary>
    public bool ShouldRelease(long residentBytes)
    {
        if (_settling)
        {
            _settling = false;
            _before = residentBytes;
            return false;
        }

        if (MappedFiles.IsWorthReleasing(residentBytes, _before))
        {
            return true;
        }

        _before = residentBytes;
        return false;
    }

    /// <summary>
    /// After a release, with what it left resident (null when unknown). <paramref name="settle"/> for a release at a
    /// check, whose next check learns the working set; not for the one at start, whose next check must still catch what
    /// the first requests touched once.
    /// </summary>
    public void Released(long? residentAfterBytes, bool settle)
    {
        _before = residentAfterBytes;
        _settling = settle;
    }
}
