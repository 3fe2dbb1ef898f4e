using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Export;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Tests.Web;

/// <summary>
/// The server listens while the content is imported at start. A host built as the portal builds it, whose start-up
/// import the test holds until it lets it finish, shows what a reader meets in that moment.
/// </summary>
public sealed class StartupGateTests : IAsyncLifetime
{
    private const string Page = "/en/peru/achievements/2011-2012/safer-mining";

    private readonly string _store = Directory.CreateTempSubdirectory("peru-startup-gate-").FullName;
    private readonly TaskCompletionSource<bool> _import = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private Task _starting = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = PortalApplication.CreateBuilder(
        [
            $"--applicationName={typeof(PortalApplication).Assembly.GetName().Name}",
            $"--contentRoot={StaticExport.FindWebProject()}",
            "--environment=Production",
            $"--Portal:ContentPath={PortalFactory.FixtureContent}",
            $"--ConnectionStrings:Portal=Data Source={Path.Combine(_store, "portal.db")}",
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.Services.GetRequiredService<StartupImport>().Track(_import.Task);
        _app.UsePortal();
        _starting = _app.StartAsync();
        _client = _app.GetTestClient();

        // The server answers before the host's start is over: the first answer is the health check's.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                using var health = await _client.GetAsync("/healthz", timeout.Token);
                break;
            }
            catch (InvalidOperationException)
            {
                // The test server is not started yet.
                await Task.Delay(10, timeout.Token);
            }
        }
    }

    public async Task DisposeAsync()
    {
        _import.TrySetResult(false);
        _client.Dispose();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_store, recursive: true);
    }

    [Fact]
    public async Task HealthCheck_WhileTheContentIsImportedAtStart_AnswersAtOnceThatItIsNotLoaded()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("content is not loaded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(_starting.IsCompleted, "the host's start ends only once the content is served");
    }

    [Fact]
    public async Task Page_AskedForWhileTheContentIsImportedAtStart_WaitsAndIsServedOnceItIsIn()
    {
        var pending = _client.GetAsync(Page);
        await Task.Delay(300);
        Assert.False(pending.IsCompleted, "the page was answered before there was content to show");

        _import.SetResult(await _app.ImportContentAsync());
        using var response = await pending;
        await _starting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var health = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Page_AskedForWhenTheContentCouldNotBeImportedAtStart_AnswersTryAgainNeverAnEmptyPage()
    {
        var pending = _client.GetAsync(Page);

        _import.SetResult(false);
        using var response = await pending;
        await _starting;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.StartsWith("The portal is starting", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
