using Peru.Portal.Web.Data;

namespace Peru.Portal.Tests.Data;

public sealed class RepositoryTests : IAsyncLifetime
{
    private readonly StoreFixture _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task GetAchievementAsync_KnownYearAndSlug_ReturnsItWithItsFigures()
    {
        await using var db = _store.NewContext();
        var achievement = await new AchievementRepository(db).GetAchievementAsync("en", "peru", "2011-2012", "translated-school-texts");

        Assert.NotNull(achievement);
        Assert.Equal("School texts in four Indigenous languages", achievement.Title);
        Assert.Equal("children-and-youth", achievement.ThemeSlug);
        Assert.Equal([41m, 104000m], achievement.Figures.Select(f => f.Value));
    }

    [Fact]
    public async Task GetAchievementAsync_SlugInAnotherYear_ReturnsNull()
    {
        await using var db = _store.NewContext();

        Assert.Null(await new AchievementRepository(db).GetAchievementAsync("en", "peru", "2010-2011", "translated-school-texts"));
    }

    [Theory]
    [InlineData("b-first", null, "a-tied", false)]
    [InlineData("a-tied", "b-first", "c-tied", false)]
    [InlineData("c-tied", "a-tied", "d-last", false)]
    [InlineData("d-last", "c-tied", null, false)]
    [InlineData("b-first", null, "a-tied", true)]
    [InlineData("a-tied", "b-first", "c-tied", true)]
    [InlineData("c-tied", "a-tied", "d-last", true)]
    [InlineData("d-last", "c-tied", null, true)]
    public async Task FindNeighboursAsync_TakesTheYearsOrderThenTheSlug_AndNoneBeyondEitherEnd(string slug, string? previous, string? next, bool fromTheYearsOrderKept)
    {
        await using var db = _store.NewContext();
        db.Achievements.AddRange(
            Achievement("d-last", 3), Achievement("c-tied", 2), Achievement("a-tied", 2), Achievement("b-first", 1),
            Achievement("x-other-year", 2, year: "2031-2032"));
        await db.SaveChangesAsync();
        var state = new Peru.Portal.Web.Content.ContentState();
        state.Loaded(DateTimeOffset.UtcNow, new HashSet<string>());
        var repository = new AchievementRepository(db, fromTheYearsOrderKept ? new YearOrderCache(state) : null);

        var found = await repository.FindNeighboursAsync((await repository.GetAchievementAsync("en", "peru", "2030-2031", slug))!);

        Assert.Equal(previous, found.Previous?.Slug);
        Assert.Equal(next, found.Next?.Slug);
    }

    private static Achievement Achievement(string slug, int order, string year = "2030-2031") => new()
    {
        Key = slug, CountrySlug = "peru", FiscalYear = year, ThemeSlug = "children-and-youth", Slug = slug, Title = slug, Order = order,
        SourceKey = "s", BodyHtml = "", BodyText = "",
    };

    [Fact]
    public async Task ListFiscalYearsAsync_ReturnsNewestFirst()
    {
        await using var db = _store.NewContext();
        var years = await new AchievementRepository(db).ListFiscalYearsAsync("en", "peru");

        Assert.Equal(["2011-2012", "2010-2011"], years.Select(y => y.Year));
    }

    [Fact]
    public async Task ListDataRowsAsync_HoldsWhatTheDataSetShows_InTheOrderOfTheFullList()
    {
        await using var db = _store.NewContext();
        var repository = new AchievementRepository(db);

        var full = await repository.ListAchievementsAsync("en", "peru");
        var rows = await repository.ListDataRowsAsync("en", "peru");

        Assert.NotEmpty(rows);
        Assert.Equal(full.Select(a => (a.FiscalYear, a.Slug, a.Title, a.ThemeSlug, a.ResultsPeriod, a.BodyText, a.DateModified)), rows.Select(r => (r.FiscalYear, r.Slug, r.Title, r.ThemeSlug, r.ResultsPeriod, r.BodyText, r.DateModified)));
        Assert.Equal(full.SelectMany(a => a.Figures).Select(f => (f.Label, f.Value, f.Unit, f.Qualifier)), rows.SelectMany(r => r.Figures).Select(f => (f.Label, f.Value, f.Unit, f.Qualifier)));
        Assert.Contains(rows, r => r.Figures.Count > 0);
    }

    [Fact]
    public async Task ListAchievementsAsync_ByTheme_ReturnsOnlyThatThemeAcrossYears()
    {
        await using var db = _store.NewContext();
        var achievements = await new AchievementRepository(db).ListAchievementsAsync("en", "peru", theme: "children-and-youth");

        Assert.Equal(["translated-school-texts", "teacher-training"], achievements.Select(a => a.Slug));
    }

    [Fact]
    public async Task GetCountryAsync_IncludesSourcesAndKeyFiguresInOrder()
    {
        await using var db = _store.NewContext();
        var country = await new CountryRepository(db).GetCountryAsync("en", "peru");

        Assert.NotNull(country);
        Assert.Equal(["profile", "relations"], country.Sources.Select(s => s.Key));
        Assert.Equal("Fixture population", Assert.Single(country.KeyFigures).Label);
    }

    [Fact]
    public async Task GetCountryAsync_UnknownCountry_ReturnsNull()
    {
        await using var db = _store.NewContext();

        Assert.Null(await new CountryRepository(db).GetCountryAsync("en", "chile"));
    }

    [Fact]
    public async Task ListProjectsAsync_ReturnsEveryProjectWithItsFields()
    {
        await using var db = _store.NewContext();
        var projects = await new ProjectRepository(db).ListProjectsAsync("en", "peru");

        var puna = Assert.Single(projects, p => p.Slug == "resilient-puna");
        Assert.Equal(9200000m, puna.FundingAmount);
        Assert.Equal(new DateOnly(2024, 11, 15), puna.AnnouncedFrom);
        Assert.True(Assert.Single(projects, p => p.Slug == "regional-fund").Regional);
    }

    [Fact]
    public async Task ListTimelineAsync_ReturnsEventsInTheOrderOfTheFile()
    {
        await using var db = _store.NewContext();
        var timeline = await new SectionRepository(db).ListTimelineAsync("en", "peru");

        Assert.Equal(["1944-10-21", "2009"], timeline.Select(t => t.Date));
    }

    [Fact]
    public async Task GetRecommendationAsync_ReturnsCommitmentsAndTargetDates()
    {
        await using var db = _store.NewContext();
        var recommendation = await new EvaluationRepository(db).GetRecommendationAsync("en", "peru", "capacity-building");

        Assert.NotNull(recommendation);
        Assert.Equal("2021-06", Assert.Single(recommendation.TargetDates).Date);
        Assert.Equal("Fixture Program", Assert.Single(recommendation.Commitments).Centre);
    }

    [Fact]
    public async Task FindCurrentAddressAsync_OldAddress_ReturnsCurrentOne()
    {
        await using var db = _store.NewContext();

        Assert.Equal(
            "/en/peru/achievements/2011-2012/translated-school-texts",
            await new AliasRepository(db).FindCurrentAddressAsync("/en/peru/achievements/2011-2012/old-school-texts/"));
    }
}
