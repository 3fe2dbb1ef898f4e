using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed class MemoryTrimTests(PortalFactory factory)
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void IsWorthTrimming_HeapWithinAQuarterAboveItsLastFullCollection_KeepsIt() =>
        Assert.False(MemoryTrim.IsWorthTrimming(committedBytes: 120 * MiB, baselineBytes: 100 * MiB));

    [Fact]
    public void IsWorthTrimming_HeapMoreThanAQuarterAboveItsLastFullCollection_CollectsIt() =>
        Assert.True(MemoryTrim.IsWorthTrimming(committedBytes: 126 * MiB, baselineBytes: 100 * MiB));

    [Theory]
    [InlineData(23, false)]
    [InlineData(25, true)]
    public void IsWorthTrimming_SmallHeap_AllowsTheMinimumBeforeCollecting(long committedMiB, bool expected) =>
        Assert.Equal(expected, MemoryTrim.IsWorthTrimming(committedMiB * MiB, baselineBytes: 16 * MiB));

    [Fact]
    public void IsWorthTrimming_HeapSmallerThanAfterItsLastFullCollection_KeepsIt() =>
        Assert.False(MemoryTrim.IsWorthTrimming(committedBytes: 40 * MiB, baselineBytes: 100 * MiB));

    [Fact]
    public void Portal_ChecksItsHeapEveryThirtySecondsByDefault()
    {
        Assert.Contains(factory.Services.GetServices<IHostedService>(), service => service is MemoryTrim);
        Assert.Equal(30, factory.Services.GetRequiredService<IOptions<MemoryOptions>>().Value.TrimEverySeconds);
        Assert.True(factory.Services.GetRequiredService<IOptions<MemoryOptions>>().Value.ReleaseMappedFiles);
    }
}
