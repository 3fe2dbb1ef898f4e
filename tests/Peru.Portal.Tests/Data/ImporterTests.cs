using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Data;

public sealed class ImporterTests : IAsyncLifetime
{
    private readonly StoreFixture _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Import_FixtureContent_WritesEveryKindOfItem()
    {
        await using var db = _store.NewContext();

        foreach (var language in new[] { "en", "fr", "es" })
        {
            Assert.Equal(1, await db.Countries.CountAsync(x => x.Language == language));
            Assert.Equal(2, await db.Themes.CountAsync(x => x.Language == language));
            Assert.Equal(2, await db.FiscalYears.CountAsync(x => x.Language == language));
            Assert.Equal(3, await db.Achievements.CountAsync(x => x.Language == language));
            Assert.Equal(2, await db.Projects.CountAsync(x => x.Language == language));
            Assert.Equal(1, await db.Recommendations.CountAsync(x => x.Language == language));
            Assert.Equal(2, await db.Disbursements.CountAsync(x => x.Language == language));
            Assert.Equal(2, await db.TimelineEvents.CountAsync(x => x.Language == language));
            Assert.Equal(1, await db.TradeFigures.CountAsync(x => x.Language == language));
            Assert.Equal(7, await db.SectionPages.CountAsync(x => x.Language == language));
            Assert.Equal(5, await db.GlossaryEntries.CountAsync(x => x.Language == language));
            Assert.Equal(25, await db.Departments.CountAsync(x => x.Language == language));
            Assert.Equal(1, await db.MapDrawings.CountAsync(x => x.Language == language));
        }

        Assert.Equal(2, await db.Aliases.CountAsync());
        Assert.Equal(66, await db.PublishedPages.CountAsync());
    }

    [Fact]
    public async Task Import_RendersMarkdownOnce_AndStoresTheHtml()
    {
        await using var db = _store.NewContext();
        var country = await db.Countries.SingleAsync(c => c.Language == "en");

        Assert.Contains("<h2 id=\"fixture-heading\">Fixture heading</h2>", country.ContextHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org\">fixture link</a>", country.ContextHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_KeepsDecimalAmountsExact()
    {
        await using var db = _store.NewContext();
        var amounts = await db.Disbursements.Where(d => d.Language == "en").Select(d => d.Amount).ToListAsync();

        Assert.Equal([28.27m, 1.66m], amounts);
    }

    [Fact]
    public async Task Import_RunTwice_ReplacesRatherThanDuplicates()
    {
        var loaded = new ContentLoader(new MarkdownRenderer()).Load(PortalFactory.FixtureContent);
        await new ContentImporter(_store.Contexts, NullLogger<ContentImporter>.Instance).ImportAsync(loaded.Content);

        await using var db = _store.NewContext();
        Assert.Equal(9, await db.Achievements.CountAsync());
        Assert.Equal(3, await db.Countries.CountAsync());
    }
}
