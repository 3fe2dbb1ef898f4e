using Peru.Portal.Web.Health;

namespace Peru.Portal.Tests.Web;

public sealed class StartupTimelineTests
{
    [Fact]
    public void Describe_WorkDoneAlongside_IsListedApartSoTheMainPhasesStillAddUpToTheTotal()
    {
        var timeline = new StartupTimeline();
        timeline.Mark("host build");
        var phases = new StartupPhases(timeline, "content");
        phases.Mark("content read and checked");
        phases.Mark("import");
        timeline.Mark("web pipeline");

        var text = timeline.Describe();

        Assert.Matches(@"^runtime \d+ ms, host build \d+ ms, web pipeline \d+ ms; alongside, content from \d+ ms: content read and checked \d+ ms, import \d+ ms; \d+ ms in all; JIT \d+ methods, \d+ ms$", text);
    }

    [Fact]
    public void Describe_PhasesOnTheMainTimeline_AreListedInTheirOrder()
    {
        var timeline = new StartupTimeline();
        var phases = new StartupPhases(timeline, alongside: null);
        phases.Mark("content read and checked");
        timeline.Mark("web pipeline");

        Assert.Matches(@"^runtime \d+ ms, content read and checked \d+ ms, web pipeline \d+ ms; \d+ ms in all; JIT \d+ methods, \d+ ms$", timeline.Describe());
    }
}
