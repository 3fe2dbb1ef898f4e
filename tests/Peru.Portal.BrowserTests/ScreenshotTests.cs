namespace Peru.Portal.BrowserTests;

/// <summary>A picture of each page type at a phone's and a desktop's width, kept for people to look at.</summary>
[Collection(BrowserFixtureDefinition.Name)]
public sealed class ScreenshotTests(PortalServer server)
{
    public static TheoryData<string, string> PageTypes() => new()
    {
        { "home", "/en" },
        { "country", "/en/peru" },
        { "thematic-focus", "/en/peru/thematic-focus" },
        { "theme", "/en/peru/thematic-focus/children-and-youth" },
        { "achievements", "/en/peru/achievements" },
        { "fiscal-year", "/en/peru/achievements/2011-2012" },
        { "achievement", "/en/peru/achievements/2011-2012/translated-primary-school-texts" },
        { "relations", "/en/peru/bilateral-relations" },
        { "disbursements", "/en/peru/disbursements" },
        { "projects", "/en/peru/projects" },
        { "project", "/en/peru/projects/resilient-puna" },
        { "evaluation", "/en/peru/evaluation" },
        { "recommendation", "/en/peru/evaluation/capacity-building-government-civil-society" },
        { "field-definitions", "/en/peru/field-definitions" },
        { "search", "/en/search?q=teachers" },
        { "not-found", "/en/no-such-page" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task PageType_IsCapturedAtPhoneAndDesktopWidths(string name, string path)
    {
        var folder = Path.Combine(PortalServer.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await server.Browser.NewPageAsync();
            try
            {
                await page.SetViewportSizeAsync(width, 900);
                var response = await page.GotoAsync(server.BaseUrl + path);
                Assert.Equal(name == "not-found" ? 404 : 200, response?.Status);
                var file = Path.Combine(folder, $"{name}-{width}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
            }
            finally
            {
                await page.CloseAsync();
            }
        }
    }
}
