using System.Collections.Concurrent;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

/// <summary>
/// The countries of the current import, as <see cref="CountryRepository"/> reads them. Every page asks for its country
/// with its sources and key figures (three store queries), there are a handful of countries, and only an import
/// changes them: so each is read once per import (<see cref="ContentState.Version"/>). The instances are shared by
/// every request and only ever read. An address naming no country is not kept, so hostile addresses cannot fill it.
/// </summary>
public sealed class CountryCache(ContentState state)
{
    private volatile Entry _current = new(-1);

    public async Task<Country?> GetAsync(string language, string slug, Func<Task<Country?>> read)
    {
        // The version is taken before the store is read: a country read while an import lands is kept under the
        // version before it, which that import's end replaces, so what is kept is never older than its version.
        var version = state.Version;
        var entry = _current;
        if (entry.Version != version)
        {
            entry = new Entry(version);
            _current = entry;
        }

        if (entry.Countries.TryGetValue((language, slug), out var kept))
        {
            return kept;
        }

        var country = await read();
        if (country is not null)
        {
            entry.Countries.TryAdd((language, slug), country);
        }

        return country;
    }

    private sealed class Entry(int version)
    {
        public int Version { get; } = version;

        public ConcurrentDictionary<(string Language, string Slug), Country> Countries { get; } = new();
    }
}
