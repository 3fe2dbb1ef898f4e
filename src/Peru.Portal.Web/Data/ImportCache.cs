using System.Collections.Concurrent;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

/// <summary>
/// Rows of the current import that many pages ask for and only an import changes, each read once per import
/// (<see cref="ContentState.Version"/>). The instances are shared by every request and only ever read. A key naming
/// nothing is not kept, so hostile addresses cannot fill it.
/// </summary>
public abstract class ImportCache<TKey, TValue>(ContentState state)
    where TKey : notnull
    where TValue : class
{
    private volatile Entry _current = new(-1);

    public async Task<TValue?> GetAsync(TKey key, Func<Task<TValue?>> read)
    {
        // The version is taken before the store is read: a row read while an import lands is kept under the version
        // before it, which that import's end replaces, so what is kept is never older than its version.
        var version = state.Version;
        var entry = _current;
        if (entry.Version != version)
        {
            entry = new Entry(version);
            _current = entry;
        }

        if (entry.Values.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var value = await read();
        if (value is not null)
        {
            entry.Values.TryAdd(key, value);
        }

        return value;
    }

    private sealed class Entry(int version)
    {
        public int Version { get; } = version;

        public ConcurrentDictionary<TKey, TValue> Values { get; } = new();
    }
}

/// <summary>
/// The countries, as <see cref="CountryRepository"/> reads them: every page asks for its country with its sources and
/// key figures (three store queries), and there are a handful.
/// </summary>
public sealed class CountryCache(ContentState state) : ImportCache<(string Language, string Slug), Country>(state)
{
    public Task<Country?> GetAsync(string language, string slug, Func<Task<Country?>> read) => GetAsync((language, slug), read);
}

/// <summary>
/// The themes, as <see cref="ThemeRepository"/> reads them: every achievement and project page asks for its theme, and
/// a country has a few.
/// </summary>
public sealed class ThemeCache(ContentState state) : ImportCache<(string Language, string Country, string Slug), Theme>(state);
