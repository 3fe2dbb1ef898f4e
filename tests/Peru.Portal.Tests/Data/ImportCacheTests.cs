using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Tests.Data;

/// <summary>Countries, themes and pages' twins are read from the store once per import, and an import always brings the new ones.</summary>
public sealed class ImportCacheTests : IAsyncLifetime
{
    private readonly StoreFixture _store = new();
    private readonly ContentState _state = new();

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        _state.Loaded(DateTimeOffset.UtcNow, new HashSet<string>());
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Country_IsReadOncePerImport_AndReadAgainAfterTheNextImport()
    {
        var cache = new CountryCache(_state);
        await using var db = _store.NewContext();
        var before = await new CountryRepository(db, cache).GetCountryAsync("en", "peru");
        await db.Countries.Where(c => c.Language == "en" && c.Slug == "peru").ExecuteUpdateAsync(c => c.SetProperty(x => x.Title, "Imported again"));

        var kept = await new CountryRepository(db, cache).GetCountryAsync("en", "peru");
        _state.Loaded(DateTimeOffset.UtcNow, new HashSet<string>());
        var after = await new CountryRepository(db, cache).GetCountryAsync("en", "peru");

        Assert.NotNull(before);
        Assert.Same(before, kept);
        Assert.Equal("Imported again", after?.Title);
        Assert.Equal(before.Sources.Select(s => s.Key), after!.Sources.Select(s => s.Key));
        Assert.Equal(before.KeyFigures.Select(k => k.Label), after.KeyFigures.Select(k => k.Label));
    }

    [Fact]
    public async Task UnknownCountry_IsNotKept_SoAnAddressNamingNoneNeverFillsTheCache()
    {
        var cache = new CountryCache(_state);
        await using var db = _store.NewContext();
        var missing = await new CountryRepository(db, cache).GetCountryAsync("en", "chile");
        db.Countries.Add(new Country { Language = "en", Key = "chile", Slug = "chile", Name = "Chile", Title = "Chile", Summary = "", ContextHtml = "", ContextText = "" });
        await db.SaveChangesAsync();

        var found = await new CountryRepository(db, cache).GetCountryAsync("en", "chile");

        Assert.Null(missing);
        Assert.Equal("chile", found?.Slug);
    }

    [Fact]
    public async Task Theme_IsReadOncePerImport_AndReadAgainAfterTheNextImport()
    {
        var cache = new ThemeCache(_state);
        await using var db = _store.NewContext();
        var before = await new ThemeRepository(db, cache).GetThemeAsync("en", "peru", "children-and-youth");
        await db.Themes.Where(t => t.Language == "en" && t.Slug == "children-and-youth").ExecuteUpdateAsync(t => t.SetProperty(x => x.Title, "Imported again"));

        var kept = await new ThemeRepository(db, cache).GetThemeAsync("en", "peru", "children-and-youth");
        _state.Loaded(DateTimeOffset.UtcNow, new HashSet<string>());
        var after = await new ThemeRepository(db, cache).GetThemeAsync("en", "peru", "children-and-youth");

        Assert.NotNull(before);
        Assert.Same(before, kept);
        Assert.Equal("Imported again", after?.Title);
    }

    [Fact]
    public async Task UnknownTheme_IsNotKept_SoAnAddressNamingNoneNeverFillsTheCache()
    {
        var cache = new ThemeCache(_state);
        await using var db = _store.NewContext();
        var missing = await new ThemeRepository(db, cache).GetThemeAsync("en", "peru", "mining");
        db.Themes.Add(new Theme { Language = "en", Key = "mining", CountrySlug = "peru", Slug = "mining", Title = "Mining", Summary = "", BodyHtml = "", BodyText = "" });
        await db.SaveChangesAsync();

        var found = await new ThemeRepository(db, cache).GetThemeAsync("en", "peru", "mining");

        Assert.Null(missing);
        Assert.Equal("mining", found?.Slug);
    }

    [Fact]
    public async Task PageFamily_IsReadOncePerImport_ForEveryPageOfTheFamily()
    {
        var cache = new PageFamilyCache(_state);
        await using var db = _store.NewContext();
        var page = await db.PublishedPages.Where(p => db.PublishedPages.Count(q => q.Key == p.Key) == 3).OrderBy(p => p.Path).FirstAsync();
        var family = await new PageIndexRepository(db, cache).FindWithTwinsAsync(page.Path);
        var twin = family.First(p => p.Path != page.Path);
        await db.PublishedPages.Where(p => p.Key == page.Key).ExecuteUpdateAsync(p => p.SetProperty(x => x.ShareTitle, "Imported again"));

        var fromTwin = await new PageIndexRepository(db, cache).FindWithTwinsAsync(twin.Path);
        _state.Loaded(DateTimeOffset.UtcNow, new HashSet<string>());
        var after = await new PageIndexRepository(db, cache).FindWithTwinsAsync(twin.Path);

        Assert.Equal(3, family.Count);
        Assert.Same(family, fromTwin);
        Assert.All(after, p => Assert.Equal("Imported again", p.ShareTitle));
        Assert.Equal(family.Select(p => p.Path).Order(StringComparer.Ordinal), after.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnpublishedAddress_IsNotKept_SoAHostileAddressNeverFillsTheCache()
    {
        var cache = new PageFamilyCache(_state);
        await using var db = _store.NewContext();
        var missing = await new PageIndexRepository(db, cache).FindWithTwinsAsync("/en/peru/nowhere");
        db.PublishedPages.Add(new PublishedPage { Path = "/en/peru/nowhere", Language = "en", Key = "nowhere" });
        await db.SaveChangesAsync();

        var found = await new PageIndexRepository(db, cache).FindWithTwinsAsync("/en/peru/nowhere");

        Assert.Empty(missing);
        Assert.Equal("/en/peru/nowhere", Assert.Single(found).Path);
    }

    [Fact]
    public async Task YearOrder_IsReadOncePerImport_AndAnAchievementItDoesNotHoldIsAskedOfTheStore()
    {
        var cache = new YearOrderCache(_state);
        await using var db = _store.NewContext();
        var year = await db.Achievements.Where(a => a.Language == "en").GroupBy(a => a.FiscalYear).Where(g => g.Count() >= 2).Select(g => g.Key).FirstAsync();
        var inYear = await db.Achievements.Where(a => a.Language == "en" && a.FiscalYear == year).OrderBy(a => a.Order).ThenBy(a => a.Slug).ToListAsync();
        var first = await new AchievementRepository(db, cache).FindNeighboursAsync(inYear[0]);
        var added = new Achievement
        {
            Key = "0-added", CountrySlug = inYear[0].CountrySlug, FiscalYear = year, ThemeSlug = inYear[0].ThemeSlug, Slug = "0-added", Title = "Added",
            Order = inYear[0].Order, SourceKey = inYear[0].SourceKey, BodyHtml = "", BodyText = "",
        };
        db.Achievements.Add(added);
        await db.SaveChangesAsync();

        var kept = await new AchievementRepository(db, cache).FindNeighboursAsync(inYear[0]);
        var notHeld = await new AchievementRepository(db, cache).FindNeighboursAsync(added);
        _state.Loaded(DateTimeOffset.UtcNow, new HashSet<string>());
        var after = await new AchievementRepository(db, cache).FindNeighboursAsync(inYear[0]);

        Assert.Equal(inYear[1].Slug, first.Next?.Slug);
        Assert.Equal(inYear[1].Slug, kept.Next?.Slug);
        Assert.Null(notHeld.Previous);
        Assert.Equal(inYear[0].Slug, notHeld.Next?.Slug);
        Assert.Equal("0-added", after.Previous?.Slug);
    }

    [Fact]
    public async Task FullCache_ReadsTheStoreAgain_ForWhatItCouldNotKeep()
    {
        var cache = new OneKeyCache(_state);
        var reads = 0;
        Task<string?> Read() => Task.FromResult<string?>($"read {++reads}");

        var first = await cache.GetAsync("a", Read);
        var firstAgain = await cache.GetAsync("a", Read);
        var second = await cache.GetAsync("b", Read);
        var secondAgain = await cache.GetAsync("b", Read);

        Assert.Equal("read 1", first);
        Assert.Same(first, firstAgain);
        Assert.Equal("read 2", second);
        Assert.Equal("read 3", secondAgain);
    }

    private sealed class OneKeyCache(ContentState state) : ImportCache<string, string>(state)
    {
        protected override int Capacity => 1;
    }
}
