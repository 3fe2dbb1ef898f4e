using Peru.Portal.Web.Content;
using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Tests.Content;

/// <summary>
/// Once a file is read its YAML tree is let go, and the checks that run after (twins, duplicates, unknown keys) still
/// see the same lines and the same unknown keys as when the tree was there.
/// </summary>
public sealed class ReleasedFrontMatterTests
{
    private const string Yaml = """
        title: A page
        funding:
          amount: 100
          currency: CAD
        tilte: misspelt
        figures:
          - value: 3
        """;

    [Fact]
    public void ReleasedFrontMatter_GivesTheSameLinesOfKeys_AsTheTree()
    {
        var (held, _) = Read();
        var (released, _) = Read();
        released.Release(new Dictionary<string, string>(StringComparer.Ordinal));

        foreach (var key in new[] { "title", "funding", "funding.amount", "funding.currency", "funding.missing", "figures", "figures.value", "missing", "title.deeper" })
        {
            Assert.Equal(held.LineOfKey(key), released.LineOfKey(key));
        }

        Assert.Equal(held.LineIfPresent("figures"), released.LineIfPresent("figures"));
        Assert.Null(released.LineIfPresent("missing"));
    }

    [Fact]
    public void ReleasedFrontMatter_ReportsTheSameUnknownKeys_IncludingKeysMarkedReadAfterwards()
    {
        var (held, heldProblems) = Read();
        var (released, releasedProblems) = Read();
        released.Release(new Dictionary<string, string>(StringComparer.Ordinal));
        held.LineIfPresent("figures");
        released.LineIfPresent("figures");

        held.ReportUnknownKeys();
        released.ReportUnknownKeys();

        Assert.Equal(["unknown key 'tilte' in this file (did you mean 'title'?)"], releasedProblems.Select(p => p.Message));
        Assert.Equal(heldProblems, releasedProblems);
    }

    [Fact]
    public void ReleasedFrontMatter_RefusesToReadAValue()
    {
        var (released, _) = Read();
        released.Release(new Dictionary<string, string>(StringComparer.Ordinal));

        Assert.Throws<InvalidOperationException>(() => released.Text("title"));
    }

    private static (FrontMatterReader Reader, List<ContentProblem> Problems) Read()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Yaml));
        var problems = new List<ContentProblem>();
        var reader = new FrontMatterReader((YamlMappingNode)stream.Documents[0].RootNode, "peru/page.md", 1, problems);
        reader.Text("title");
        var funding = reader.Mapping("funding");
        funding?.Text("amount");
        funding?.Text("currency");
        return (reader, problems);
    }
}
