namespace Peru.Portal.Web.Content;

/// <summary>
/// Checks that need every page of the content: no page readers see links to a draft (the link would lead them to a
/// 404), and an expired page's <c>replaced_by</c> names a page the content publishes.
/// </summary>
internal static class PublicationChecks
{
    public static void Check(LoadedContent content, List<ContentProblem> problems)
    {
        var drafts = new Dictionary<string, string>(StringComparer.Ordinal);
        var draftFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in content.Publications.Where(p => p.Publication.Draft))
        {
            draftFiles.Add(entry.Path);
            if (AddressOf(content, entry) is { } address)
            {
                drafts[address] = entry.Path;
            }
        }

        foreach (var link in content.Links.Where(l => !draftFiles.Contains(l.Path)))
        {
            if (drafts.TryGetValue(PathOf(link.Url), out var draft))
            {
                problems.Add(new(link.Path, link.Line, $"link \"{link.Url}\" leads to a draft ({draft}), which readers cannot see: publish the draft first, or remove the link"));
            }
        }

        var replacing = content.Publications.Where(p => p.Publication.ReplacedBy is not null).ToList();
        if (replacing.Count == 0)
        {
            return;
        }

        var published = PageCatalog.From(content).Select(p => p.Path).Where(p => !drafts.ContainsKey(p)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in replacing)
        {
            var target = PathOf(entry.Publication.ReplacedBy!);
            if (!published.Contains(target) || target == AddressOf(content, entry))
            {
                problems.Add(new(entry.Path, entry.Publication.ReplacedByLine, $"'replaced_by' \"{entry.Publication.ReplacedBy}\" is not the address of another page the content publishes: name the page readers should go to instead"));
            }
        }
    }

    private static string? AddressOf(LoadedContent content, ItemPublication entry) =>
        content.Kinds.All.FirstOrDefault(k => k.Name == entry.Kind)?.AddressOf(entry.Item, content.Languages.Get(entry.Language));

    private static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }
}
