using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

/// <summary>A large load's forced collections allow for the young generation the runtime was given.</summary>
public sealed class LoadMemoryTests
{
    [Theory]
    [InlineData("0x4000000", 64L * 1024 * 1024)]
    [InlineData("4000000", 64L * 1024 * 1024)]
    [InlineData("0X200000", 2L * 1024 * 1024)]
    public void YoungGeneration_GivenInHexadecimal_IsItsBytes(string value, long bytes) =>
        Assert.Equal(bytes, LoadMemory.YoungGeneration(name => name == "DOTNET_GCgen0size" ? value : null));

    [Fact]
    public void YoungGeneration_GivenUnderTheOldPrefix_IsItsBytes() =>
        Assert.Equal(0x100000, LoadMemory.YoungGeneration(name => name == "COMPlus_GCgen0size" ? "100000" : null));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("sixty-four")]
    public void YoungGeneration_NotGivenOrUnreadable_IsNothing(string? value) =>
        Assert.Equal(0, LoadMemory.YoungGeneration(name => name == "DOTNET_GCgen0size" ? value : null));
}
