using System.Net;
using Peru.Portal.Tests.Content;

namespace Peru.Portal.Tests.Web;

/// <summary>Broken files dropped into the content of a running portal never take it down nor change what readers see.</summary>
public sealed class BadContentLiveTests(EditableContentFactory factory) : IClassFixture<EditableContentFactory>
{
    private const string Page = "/en/peru/thematic-focus";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task BrokenFilesDroppedOneAfterAnother_KeepTheLastGoodPages_AndHealthNamesEach_UntilFixed()
    {
        var good = await _client.GetPageAsync(Page);
        Assert.Contains("Fixture aid effectiveness text.", good, StringComparison.Ordinal);

        foreach (var name in new[] { "binary-data", "byte-order-mark", "named-pipe", "symlink-outside", "folder-named-like-a-file", "invalid-yaml", "twin-figures-differ", "oversized-file", "symlink-loop", "deep-nesting" })
        {
            var corpusCase = BadContentCase.Named(name);
            var touched = Touched(corpusCase);
            try
            {
                corpusCase.ApplyTo(factory.ContentPath);
                var (path, line, message) = corpusCase.Expected[0];
                Assert.True(
                    await EditableContentFactory.EventuallyAsync(async () => await HealthAsync() is var h && h.StartsWith("Degraded", StringComparison.Ordinal)
                        && h.Split('\n').Any(l => l.StartsWith($"{path}:{line}: ", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal))),
                    $"{name}: /healthz did not name \"{path}:{line}: {message}\" but said:\n{await HealthAsync()}");

                var page = await _client.GetPageAsync(Page);
                Assert.Contains("Fixture aid effectiveness text.", page, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/en/peru/achievements/2011-2012/safer-mining", UriKind.Relative))).StatusCode);
            }
            finally
            {
                Restore(touched);
                BadContentCase.CleanUpBeside(factory.ContentPath);
            }

            Assert.True(await EditableContentFactory.EventuallyAsync(async () => await HealthAsync() == "Healthy"), $"{name}: fixing did not bring health back:\n{await HealthAsync()}");
        }
    }

    private async Task<string> HealthAsync() => await _client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

    /// <summary>The top-most paths a case adds or changes, relative to the content folder.</summary>
    private static HashSet<string> Touched(BadContentCase corpusCase)
    {
        var overlay = Path.Combine(corpusCase.Folder, "content");
        var paths = Directory.Exists(overlay)
            ? Directory.GetFiles(overlay, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(overlay, f)).ToList()
            : [];
        paths.AddRange(corpusCase.Actions.Select(a => a[1]));
        return paths.Select(TopMostNew).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A path inside a folder the fixture does not have is removed with that folder.</summary>
    private static string TopMostNew(string relative)
    {
        var parts = relative.Split('/', '\\');
        for (var i = 1; i < parts.Length; i++)
        {
            var prefix = Path.Combine(parts[..i]);
            if (!Directory.Exists(Path.Combine(PortalFactory.FixtureContent, prefix)))
            {
                return prefix;
            }
        }

        return relative;
    }

    private void Restore(IEnumerable<string> touched)
    {
        foreach (var relative in touched)
        {
            var path = Path.Combine(factory.ContentPath, relative);
            var info = new FileInfo(path);
            if (info.LinkTarget is null && Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (info.Exists || info.LinkTarget is not null)
            {
                info.Delete();
            }

            var original = Path.Combine(PortalFactory.FixtureContent, relative);
            if (File.Exists(original))
            {
                File.Copy(original, path);
            }
        }
    }
}
