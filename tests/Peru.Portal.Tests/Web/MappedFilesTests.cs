using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Tests.Web;

public sealed class MappedFilesTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Parse_PrivateReadOnlyCodeOfAnAssembly_IsProposedForReclaim()
    {
        var mapping = MappedFiles.Parse("7f73862a0000-7f73867e0000 r-xp 00000000 08:01 1234 /srv/portal/Microsoft.EntityFrameworkCore.dll");

        Assert.Equal(new MappedFiles.Mapping(unchecked((nint)0x7f73862a0000), 0x540000, Shared: false), mapping);
    }

    [Fact]
    public void Parse_SharedReadOnlyViewOfAnAssembly_IsUnmappedPageByPage()
    {
        var mapping = MappedFiles.Parse("7f6781200000-7f67818b7000 r--s 00000000 08:01 1234 /srv/portal/My Assembly.dll");

        Assert.True(mapping?.Shared);
    }

    [Fact]
    public void Parse_PrivateWritableDataOfAnAssembly_IsProposedForReclaim()
    {
        var mapping = MappedFiles.Parse("7f73867ff000-7f738696c000 rw-p 00000000 08:01 1234 /srv/portal/Peru.Portal.Web.r2r.dll");

        Assert.Equal(new MappedFiles.Mapping(unchecked((nint)0x7f73867ff000), 0x16d000, Shared: false), mapping);
    }

    [Theory]
    [InlineData("7f0000000000-7f0000100000 rw-s 00000000 08:01 1234 /srv/portal/portal.db-shm")]
    [InlineData("7f0000000000-7f0000100000 r-xs 00000000 00:01 99 /memfd:doublemapper (deleted)")]
    [InlineData("7f0000000000-7f0000100000 r--p 00000000 00:00 0 ")]
    [InlineData("7f0000000000-7f0000100000 r--p 00000000 00:00 0 [vvar]")]
    [InlineData("7f0000000000-7f0000100000 r--s 00000000 00:05 12 /dev/zero")]
    [InlineData("7f0000000000-7f0000100000 rw-p 00000000 00:05 12 /dev/zero")]
    [InlineData("7f0000000000-7f0000100000 -w-p 00000000 08:01 1234 /srv/portal/x.dll")]
    [InlineData("7f0000000000-7f0000100000 r--p 00000000 08:01 1234 /srv/portal/old.dll (deleted)")]
    [InlineData("---p 00000000 08:01 1234 /srv/portal/x.dll")]
    [InlineData("7f0000100000-7f0000000000 r--p 00000000 08:01 1234 /srv/portal/x.dll")]
    [InlineData("7f0000000000-7f0000100000 ---p 00000000 08:01 1234 /srv/portal/x.dll")]
    public void Parse_SharedWritableAnonymousOrNotAFile_IsLeftAlone(string line) =>
        Assert.Null(MappedFiles.Parse(line));

    [Fact]
    public void Release_OnThisProcess_AdvisesItsAssembliesAndTheirCodeStillRuns()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { Page = "achievements", Count = 3 });

        var advised = MappedFiles.Release();

        // The runtime's own assemblies are mapped read-only: there is always something to advise on Linux.
        Assert.Equal(OperatingSystem.IsLinux(), advised > 0);
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(new { Page = "achievements", Count = 3 }));
        Assert.Equal("<p><em>Lima</em></p>\n", Markdig.Markdown.ToHtml("*Lima*"));
    }

    [Fact]
    public void IsWorthReleasing_FirstCheck_ReleasesWhatStartUpTouched() =>
        Assert.True(MappedFiles.IsWorthReleasing(residentBytes: 80 * MiB, previousBytes: null));

    [Fact]
    public void IsWorthReleasing_FilePagesLevelSinceTheCheckBefore_KeepsTheWorkingSet() =>
        Assert.False(MappedFiles.IsWorthReleasing(residentBytes: 83 * MiB, previousBytes: 80 * MiB));

    [Fact]
    public void IsWorthReleasing_FilePagesGrownByAnImportOrABurst_ReleasesThem() =>
        Assert.True(MappedFiles.IsWorthReleasing(residentBytes: 85 * MiB, previousBytes: 80 * MiB));

    [Fact]
    public void ResidentBytes_OnThisProcess_CountsItsMappedAssemblies()
    {
        var resident = MappedFiles.ResidentBytes();

        Assert.Equal(OperatingSystem.IsLinux(), resident > MiB);
    }
}
