namespace Peru.Portal.Web.Content;

public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Folder of Markdown content; relative paths are taken from the app's content root.
    /// When unset, the repository's <c>content/</c> folder is found by looking upward for <c>Peru.Portal.sln</c>.</summary>
    public string? ContentPath { get; set; }

    /// <summary>Where "Report a problem on this page" sends readers.</summary>
    public string ReportProblemUrl { get; set; } = "mailto:portal@example.org";

    /// <summary>The portal's public address, used for canonical links and citations.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Named as the publisher in citations and structured data.</summary>
    public string Publisher { get; set; } = "Peru.Portal";

    /// <summary>How many entries a country's Atom feed holds: its most recently changed achievements and projects.</summary>
    public int FeedEntries { get; set; } = 50;

    /// <summary>
    /// Serves drafts, scheduled and expired pages too, each with a banner saying what readers would see; never cached
    /// or indexed. For editors, on their own machine or a private address, never for readers.
    /// </summary>
    public bool Preview { get; set; }

    public string ResolveContentPath(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ContentPath))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, ContentPath));
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Peru.Portal.sln")) && Directory.Exists(Path.Combine(dir.FullName, "content")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }
        }

        return Path.GetFullPath(Path.Combine(contentRoot, "content"));
    }
}
