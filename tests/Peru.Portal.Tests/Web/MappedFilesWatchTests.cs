using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Tests.Web;

/// <summary>When the heap check gives back the pages of mapped files: what was touched once goes, the working set stays.</summary>
public sealed class MappedFilesWatchTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void ShouldRelease_BeforeAnyRelease_ReleasesWhatStartUpTouched() =>
        Assert.True(new MappedFilesWatch().ShouldRelease(80 * MiB));

    [Fact]
    public void ShouldRelease_FirstRequestsAfterTheReleaseAtStart_BringBackAboutWhatStartUpHeld_ReleasesThem()
    {
        var watch = new MappedFilesWatch();
        watch.Released(60 * MiB, settle: false);

        Assert.True(watch.ShouldRelease(100 * MiB));
    }

    [Fact]
    public void ShouldRelease_NothingTouchedSinceTheReleaseAtStart_KeepsThePages()
    {
        var watch = new MappedFilesWatch();
        watch.Released(60 * MiB, settle: false);

        Assert.False(watch.ShouldRelease(63 * MiB));
        Assert.False(watch.ShouldRelease(66 * MiB));
    }

    [Fact]
    public void ShouldRelease_CheckAfterAReleaseAtACheck_TakesThePagesTheRequestsBroughtBackAsTheWorkingSet()
    {
        var watch = new MappedFilesWatch();
        watch.Released(48 * MiB, settle: true);

        Assert.False(watch.ShouldRelease(66 * MiB));
        Assert.False(watch.ShouldRelease(68 * MiB));
    }

    [Fact]
    public void ShouldRelease_GrowthBeyondTheWorkingSet_ReleasesAgain()
    {
        var watch = new MappedFilesWatch();
        watch.Released(48 * MiB, settle: true);
        watch.ShouldRelease(66 * MiB);

        Assert.True(watch.ShouldRelease(75 * MiB));
    }

    [Fact]
    public void ShouldRelease_ResidentUnknownAfterARelease_ReleasesAtTheNextCheck()
    {
        var watch = new MappedFilesWatch();
        watch.Released(null, settle: false);

        Assert.True(watch.ShouldRelease(70 * MiB));
    }
}
