using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Tests.Web;

/// <summary>Counts every action that runs, so a test can tell a page rendered from one served from the cache.</summary>
public sealed class RenderCountingFactory : PortalFactory
{
    public RenderCounter Renders { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Renders);
            services.Configure<MvcOptions>(options => options.Filters.Add(new CountingFilter(Renders)));
        });
    }

    private sealed class CountingFilter(RenderCounter counter) : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context) => counter.Add(context.HttpContext.Request.Path + context.HttpContext.Request.QueryString);

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}

public sealed class RenderCounter
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _renders = new();

    public void Add(string address) => _renders.Enqueue(address);

    public int Exactly(string address) => _renders.Count(r => r == address);

    public int For(string path) => _renders.Count(r => r == path || r.StartsWith(path + "?", StringComparison.Ordinal));
}

public sealed class TrackingParameterTests(RenderCountingFactory factory) : IClassFixture<RenderCountingFactory>
{
    private static readonly string[] Trackers = ["utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "mc_cid", "_ga", "ref"];

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/en/peru/achievements/2011-2012/safer-mining")]
    [InlineData("/fr/perou")]
    [InlineData("/en/peru/projects.csv")]
    [InlineData("/en/peru/feed.xml")]
    public async Task Page_WithUniqueTrackingParameters_IsRenderedOnceAndServedFromOneCachedCopy(string path)
    {
        // Twice: a first page in another language than the browser's sets the language cookie and is not shared.
        await _client.GetAsync(new Uri(path, UriKind.Relative));
        var plain = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var body = await plain.Content.ReadAsStringAsync();
        var renders = factory.Renders.For(path);

        for (var i = 0; i < 40; i++)
        {
            var tracked = await _client.GetAsync(new Uri($"{path}?{Trackers[i % Trackers.Length]}={Guid.NewGuid():N}&utm_content=n{i}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
            Assert.Equal(plain.Headers.ETag, tracked.Headers.ETag);
            Assert.Equal(body, await tracked.Content.ReadAsStringAsync());
        }

        Assert.Equal(renders, factory.Renders.For(path));
        Assert.InRange(renders, 1, 2);
    }

    [Fact]
    public async Task Page_WithTrackingParameters_NamesItsAddressWithoutThemAsCanonical()
    {
        var html = await _client.GetPageAsync("/en/peru?utm_source=newsletter&fbclid=IwAR0abc");

        Assert.Contains("<link rel=\"canonical\" href=\"https://portal.example.org/en/peru\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fbclid", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsList_SameSortInAnyCaseOrOrder_IsOneCachedCopy()
    {
        var first = await _client.GetAsync(new Uri("/en/peru/projects?sort=amount&dir=desc", UriKind.Relative));
        var second = await _client.GetAsync(new Uri("/en/peru/projects?gclid=1&dir=DESC&sort=Amount&sort=title", UriKind.Relative));

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(1, factory.Renders.Exactly("/en/peru/projects?sort=amount&dir=desc"));
    }

    [Theory]
    [InlineData("/en/search?q=fixture&page=abc")]
    [InlineData("/en/search?q=fixture&page=1")]
    [InlineData("/en/search?q=%20fixture%20&utm_source=x")]
    public async Task Search_IgnoresParametersItDoesNotReadAndMalformedPages(string path)
    {
        var plain = await _client.GetAsync(new Uri("/en/search?q=fixture", UriKind.Relative));
        var other = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(plain.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public void EveryQueryParameterAnActionReads_HasARuleForItsValues()
    {
        var declared = typeof(ReadsQueryAttribute).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttribute<ReadsQueryAttribute>()?.Names ?? [])
            .Distinct()
            .ToList();

        Assert.NotEmpty(declared);
        Assert.All(declared, name => Assert.True(QueryParameters.IsKnown(name), $"'{name}' is declared but has no rule"));
    }
}
