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
    private readonly string? _store;
    private readonly string _languages;
    private readonly Task<ContentRead> _read;

    private StartupRead(string root, string? store, IConfiguration configuration, Task<ContentRead> read) =>
        (_root, _store, _languages, _read) = (root, store, LanguageSettings(configuration), read);

    /// <summary>Begins reading the content folder the configuration names; the host finds the read among its services.</summary>
    public static void Begin(WebApplicationBuilder builder, LanguageTable languages, StartupTimeline timeline)
    {
        var root = Root(builder);
        var store = PortalStore.Location(builder.Configuration, builder.Environment);
        var phases = new StartupPhases(timeline, "content");
        var read = Task.Run(() => ContentRead.OfAsync(root, builder.Configuration, store, () => new ContentLoader(new MarkdownRenderer(), languages), phases));
        builder.Services.AddSingleton(new StartupRead(root, store.ConnectionString, builder.Configuration, read));
    }

    /// <summary>
    /// Makes a read a command has already made and checked (the export reads first, to name every problem before it
    /// touches its folder) the host's start-up read, so the files are not read twice; false, and nothing registered,
    /// when it was of another folder or with other languages than the host's, which then reads for itself. Such a read
    /// has no fingerprint: nothing compares it with a store, and a host given one does not watch the files.
    /// </summary>
    public static bool TryUse(WebApplicationBuilder builder, string root, ContentLoadResult read, LanguageTable languages)
    {
        var resolved = Root(builder);
        if (Path.GetFullPath(resolved) != Path.GetFullPath(root) || !SameLanguages(read.Content.Languages, languages))
        {
            return false;
        }

        var done = Task.FromResult(new ContentRead(null, new Dictionary<string, DateOnly>(), null, read));
        builder.Services.AddSingleton(new StartupRead(resolved, null, builder.Configuration, done));
        return true;
    }

    /// <summary>The read, when it was of what the built host would read; null when anything differs.</summary>
    internal Task<ContentRead>? For(string root, StoreLocation store, IConfiguration configuration) =>
        root == _root && (_store is null || store.ConnectionString == _store) && LanguageSettings(configuration) == _languages ? _read : null;

    private static string Root(WebApplicationBuilder builder) =>
        (builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions()).ResolveContentPath(builder.Environment.ContentRootPath);

    // Languages are plain settings (codes, cultures, words): the same serialised form is the same table.
    private static bool SameLanguages(LanguageTable a, LanguageTable b) =>
        ReferenceEquals(a, b) || System.Text.Json.JsonSerializer.Serialize(a.All) == System.Text.Json.JsonSerializer.Serialize(b.All);

    private static string LanguageSettings(IConfiguration configuration) =>
        string.Join('\n', configuration.GetSection(LanguageTable.Section).AsEnumerable().OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"));
}
