using System.Diagnostics;
using System.Net;
using Peru.Portal.Tests.Cli;

namespace Peru.Portal.Tests.Web;

/// <summary>The portal over a copy of the fixture content that the tests edit while it runs.</summary>
public sealed class EditableContentFactory : PortalFactory
{
    public EditableContentFactory()
    {
        ContentPath = Directory.CreateTempSubdirectory("peru-live-").FullName;
        ValidateCommandTests.CopyDirectory(FixtureContent, ContentPath);
    }

    /// <summary>Waits up to 10 s for the watcher to bring an edit in.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // The factory is disposed both synchronously and asynchronously; the second time finds nothing.
        if (Directory.Exists(ContentPath))
        {
            Directory.Delete(ContentPath, recursive: true);
        }
    }
}

public sealed class LiveEditTests(EditableContentFactory factory) : IClassFixture<EditableContentFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private string File(string relative) => Path.Combine(factory.ContentPath, relative);

    [Fact]
    public async Task EditedFile_ShowsOnItsPage_AndABrokenFileKeepsTheLastGoodContentUntilFixed()
    {
        const string path = "/en/peru/achievements/2011-2012/safer-mining";
        var file = File(Path.Combine("peru", "achievements", "2011-2012", "safer-mining.md"));
        var original = await System.IO.File.ReadAllTextAsync(file);
        await _client.GetPageAsync(path);

        // An edit appears without a restart.
        await System.IO.File.WriteAllTextAsync(file, original.Replace("title: Safer small-scale mining", "title: Safer mining for everyone", StringComparison.Ordinal));
        Assert.True(await EditableContentFactory.EventuallyAsync(async () => (await _client.GetStringAsync(new Uri(path, UriKind.Relative))).Contains("Safer mining for everyone", StringComparison.Ordinal)), "the edit did not appear");

        // A broken file: the page keeps its last good content, /healthz says so and names the problem.
        await System.IO.File.WriteAllTextAsync(file, original.Replace("title: Safer small-scale mining", "title: Broken edit", StringComparison.Ordinal).Replace("theme: economic-growth", "theme: no-such-theme", StringComparison.Ordinal));
        Assert.True(await EditableContentFactory.EventuallyAsync(async () => (await _client.GetStringAsync(new Uri("/healthz", UriKind.Relative))).StartsWith("Degraded", StringComparison.Ordinal)), "health did not report the problem");
        var health = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("safer-mining.md:4: theme 'no-such-theme' does not exist", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await _client.GetPageAsync(path);
        Assert.Contains("Safer mining for everyone", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken edit", page, StringComparison.Ordinal);

        // Fixing the file brings the waiting edit in.
        await System.IO.File.WriteAllTextAsync(file, original.Replace("title: Safer small-scale mining", "title: Fixed mining title", StringComparison.Ordinal));
        Assert.True(await EditableContentFactory.EventuallyAsync(async () => (await _client.GetStringAsync(new Uri(path, UriKind.Relative))).Contains("Fixed mining title", StringComparison.Ordinal)), "the fix did not appear");
        Assert.Equal("Healthy", await _client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
    }
}
