using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Web;

/// <summary>The portal over the repository's real content: every address it publishes answers a page.</summary>
public sealed class RealContentFactory : PortalFactory
{
    public RealContentFactory() => ContentPath = RepositoryContent;

    public static string RepositoryContent
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Peru.Portal.sln")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }

            throw new DirectoryNotFoundException("the repository's content folder was not found above the test assembly");
        }
    }

    /// <summary>Every page the real content publishes in both languages, from the files, plus the theme filters.</summary>
    public static TheoryData<string> Addresses()
    {
        var content = new ContentLoader(new MarkdownRenderer()).Load(RepositoryContent).Content;
        var data = new TheoryData<string>();
        foreach (var page in PageCatalog.From(content))
        {
            data.Add(page.Path);
        }

        foreach (var language in content.Languages.All)
        {
            foreach (var theme in content.Themes.Where(t => t.Language == language.Code))
            {
                data.Add($"{Portal.Web.Content.Addresses.Achievements(language, theme.CountrySlug)}?theme={theme.Slug}");
            }
        }

        return data;
    }
}

public sealed class RealContentTests(RealContentFactory factory) : IClassFixture<RealContentFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(RealContentFactory.Addresses), MemberType = typeof(RealContentFactory))]
    public async Task EveryAddressOfTheRealContent_Answers200Html(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        PageAssert.H1(html);
        Assert.DoesNotContain("coming soon", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RealContent_IsValid_AndHealthy()
    {
        Assert.Empty(new ContentLoader(new MarkdownRenderer()).Load(RealContentFactory.RepositoryContent).Problems);
        Assert.Equal("Healthy", await _client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
    }
}
