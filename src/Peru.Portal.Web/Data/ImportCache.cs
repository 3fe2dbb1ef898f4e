using System.Collections.Concurrent;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Data;

/// <summary>
/// Rows of the current import that many pages ask for and only an import changes, each read once per import
/// (<see cref="ContentState.Version"/>). The instances are shared by every request and only ever read. A key naming
/// nothing is not kept, so hostile addresses cannot fill it, and a cache may hold at most <see cref="Capacity"/> keys
/// (what is read past that is read again the next time).
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
        if (value is not null && Volatile.Read(ref entry.Count) < Capacity)
        {
            foreach (var each in KeysOf(key, value))
            {
                if (entry.Values.TryAdd(each, value))
                {
                    Interlocked.Increment(ref entry.Count);
                }
            }
        }

        return value;
    }

    /// <summary>How many keys one import's entry may hold.</summary>
    protected virtual int Capacity => int.MaxValue;

    /// <summary>Every key a value read for <paramref name="key"/> answers, so that one read serves them all.</summary>
    protected virtual IEnumerable<TKey> KeysOf(TKey key, TValue value) => [key];

    private sealed class Entry(int version)
    {
        public int Version { get; } = version;

        public ConcurrentDictionary<TKey, TValue> Values { get; } = new();

        // Counted here: ConcurrentDictionary.Count takes every lock of the dictionary.
        public int Count;
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

/// <summary>
/// Each published page with its twins in the other languages, as <see cref="PageIndexRepository.FindWithTwinsAsync"/>
/// reads them: every rendered page asks for its own. One read serves every page of the family. Bounded, since a large
/// content set has tens of thousands of pages and a crawler may ask for each; past the bound a page reads the store.
/// </summary>
public sealed class PageFamilyCache(ContentState state) : ImportCache<string, IReadOnlyList<PublishedPage>>(state)
{
    protected override int Capacity => 16_384;

    // A family is found by the key of the page at the address asked for, so it always holds that address.
    protected override IEnumerable<string> KeysOf(string key, IReadOnlyList<PublishedPage> value) => value.Select(p => p.Path);
}

/// <summary>
/// Each fiscal year's achievements in its order, as <see cref="AchievementRepository.FindNeighboursAsync"/> reads them:
/// every achievement page links the one before and the one after it. A year of a large set holds a few hundred.
/// </summary>
public sealed class YearOrderCache(ContentState state) : ImportCache<(string Language, string Country, string Year), AchievementListing[]>(state)
{
    protected override int Capacity => 1_024;
}
