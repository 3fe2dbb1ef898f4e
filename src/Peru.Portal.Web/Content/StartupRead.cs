using Peru.Portal.Web.Data;
using Peru.Portal.Web.Health;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// What start-up learns from the files before it may import them: their fingerprint, the git dates, the store's
/// import when it was made from these very files, or else the content read and checked.
/// </summary>
internal sealed record ContentRead(string? Fingerprint, IReadOnlyDictionary<string, DateOnly> GitDates, StoredImport? Stored, ContentLoadResult? Loaded)
{
    /// <summary>
    /// Fingerprints the files (git runs in its own process meanwhile), looks for a store made from them, and only
    /// when there is none reads and checks the content: a restart on the same files spends nothing on reading.
    /// </summary>
    public static async Task<ContentRead> OfAsync(string root, IConfiguration configuration, StoreLocation store, Func<ContentLoader> loader, StartupPhases phases)
    {
        var dates = Task.Run(() => FileDates.FromGit(Path.GetFullPath(root)));
        var fingerprint = await ContentFingerprint.TryOfAsync(root, configuration, dates);
        var gitDates = await dates;
        phases.Mark("content fingerprint");
        if (fingerprint is not null && await StoredImport.FindAsync(store, fingerprint) is { } stored)
        {
            phases.Mark("store reused");
            return new(fingerprint, gitDates, stored, null);
        }

        // A new store is created once the files are read; SQLite's own start need not wait for that.
        var sqlite = Task.Run(PortalStore.Prepare);
        var loaded = loader().Load(root, gitDates);
        await sqlite;
        phases.Mark("content read and checked");
        return new(fingerprint, gitDates, null, loaded);
    }
}

/// <summary>
/// The start-up read begun as soon as the configuration is known, on another thread, while the host registers and
/// builds its services: on a new store, reading and checking the files is most of the start, and on two cores it
/// need not wait for the host. It is used only if the host, once built, resolves the same content folder, store and
/// language configuration (a test host, for one, changes its settings while it is built); otherwise it is ignored.
/// </summary>
public sealed class StartupRead
{
    private readonly string _root;
    private readonly string _store;
    private readonly string _languages;
    private readonly Task<ContentRead> _read;

    private StartupRead(string root, StoreLocation store, IConfiguration configuration, LanguageTable languages, StartupTimeline timeline)
    {
        _root = root;
        _store = store.ConnectionString;
        _languages = LanguageSettings(configuration);
        var phases = new StartupPhases(timeline, "content");
        _read = Task.Run(() => ContentRead.OfAsync(root, configuration, store, () => new ContentLoader(new MarkdownRenderer(), languages), phases));
    }

    /// <summary>Begins reading the content folder the configuration names; the host finds the read among its services.</summary>
    public static void Begin(WebApplicationBuilder builder, LanguageTable languages, StartupTimeline timeline)
    {
        var options = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var root = options.ResolveContentPath(builder.Environment.ContentRootPath);
        var store = PortalStore.Location(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(new StartupRead(root, store, builder.Configuration, languages, timeline));
    }

    /// <summary>The read, when it was of what the built host would read; null when anything differs.</summary>
    internal Task<ContentRead>? For(string root, StoreLocation store, IConfiguration configuration) =>
        root == _root && store.ConnectionString == _store && LanguageSettings(configuration) == _languages ? _read : null;

    private static string LanguageSettings(IConfiguration configuration) =>
        string.Join('\n', configuration.GetSection(LanguageTable.Section).AsEnumerable().OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"));
}
