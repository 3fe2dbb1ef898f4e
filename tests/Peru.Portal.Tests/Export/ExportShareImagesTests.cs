using Peru.Portal.Tests.Cli;
using Peru.Portal.Web.Cli;

namespace Peru.Portal.Tests.Export;

/// <summary><c>export --share-images DIR</c> keeps the drawn share images for the next export, which writes the same bytes.</summary>
public sealed class ExportShareImagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("peru-export-images-").FullName;

    private string Content => Path.Combine(_folder, "content");

    private string Out => Path.Combine(_folder, "site");

    private string Images => Path.Combine(_folder, "images");

    public ExportShareImagesTests() => ValidateCommandTests.CopyDirectory(PortalFactory.FixtureContent, Content);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Export_ShareImagesKept_NextExportWritesTheSameImagesFromThem()
    {
        var (first, _, firstError) = Run("export", "--content", Content, "--out", Out, "--share-images", Images);
        var written = ShareImages(Out);
        var kept = Directory.GetFiles(Images, "*.png");

        var (again, _, againError) = Run("export", "--content", Content, "--out", Out, "--share-images", Images);

        Assert.True(first == 0, firstError);
        Assert.True(again == 0, againError);
        Assert.NotEmpty(written);
        Assert.NotEmpty(kept);
        Assert.All(written, image => Assert.Contains(kept, k => File.ReadAllBytes(k).AsSpan().SequenceEqual(image.Value)));
        Assert.Equal(written.Keys.Order(), ShareImages(Out).Keys.Order());
        Assert.All(ShareImages(Out), image => Assert.Equal(written[image.Key], image.Value));
    }

    [Fact]
    public void Export_ShareImagesInsideTheOutput_ExitsTwoAndWritesNothing()
    {
        var (exit, _, error) = Run("export", "--content", Content, "--out", Out, "--share-images", Path.Combine(Out, "images"));

        Assert.Equal(2, exit);
        Assert.Contains("--share-images", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    private static Dictionary<string, byte[]> ShareImages(string site) =>
        Directory.EnumerateFiles(site, "share.png", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(site, f), File.ReadAllBytes);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
