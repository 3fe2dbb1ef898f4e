using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Tests.Data;

/// <summary>Countries and themes are read from the store once per import, and an import always brings the new ones.</summary>
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
}
