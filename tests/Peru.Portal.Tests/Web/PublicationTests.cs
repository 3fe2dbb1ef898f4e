using System.Net;

namespace Peru.Portal.Tests.Web;

public sealed class DraftsAndSchedulesTests(PublicationFactory factory) : IClassFixture<PublicationFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private Task<string> Get(string path) => _client.GetStringAsync(new Uri(path, UriKind.Relative));

    private async Task<HttpStatusCode> Status(string path) => (await _client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;

    [Fact]
    public async Task Draft_IsNoPageSearchHitFeedEntrySitemapEntryOrOpenDataRow_InAnyLanguage()
    {
        Assert.Equal(HttpStatusCode.NotFound, await Status(PublicationFactory.Draft));
        Assert.Equal(HttpStatusCode.NotFound, await Status("/fr/perou/realisations/2010-2011/formation-des-enseignants"));
        foreach (var where in new[] { "/sitemap.xml", "/en/peru/feed.xml", "/en/peru/achievements.json", "/en/peru/achievements.csv", "/en/peru/achievements", "/en/peru/achievements/2010-2011", "/en/search?q=teacher", "/en/peru/thematic-focus/children-and-youth" })
        {
            var text = await Get(where);
            Assert.DoesNotContain("teacher-training", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Teacher training in La Libertad", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ScheduledAndExpiringPages_AppearAndDisappearAtTheirMoment_WithoutEditOrRestart()
    {
        Assert.True(factory.Clock.GetUtcNow() < PublicationFactory.ReplacedExpires, "another test moved the clock");

        // Before any moment: the scheduled page is nowhere, the others answer.
        Assert.Equal(HttpStatusCode.NotFound, await Status(PublicationFactory.Scheduled));
        Assert.DoesNotContain("translated-school-texts", await Get("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await Status(PublicationFactory.Expiring));
        Assert.Equal(HttpStatusCode.OK, await Status(PublicationFactory.Replaced));

        // The project expires and names its successor in English: a redirect there; its French twin follows the
        // English expiry and names none: 410 Gone, in French. Neither is ever a 404.
        factory.Clock.SetUtcNow(PublicationFactory.ReplacedExpires.AddMinutes(1));
        Assert.True(await EditableContentFactory.EventuallyAsync(async () => await Status(PublicationFactory.Replaced) == HttpStatusCode.MovedPermanently), "the expired project did not redirect");
        var redirect = await _client.GetAsync(new Uri(PublicationFactory.Replaced, UriKind.Relative));
        Assert.Equal(PublicationFactory.Corrected, redirect.Headers.Location?.OriginalString);
        var gone = await _client.GetAsync(new Uri(PublicationFactory.ReplacedFrench, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var french = await gone.Content.ReadAsStringAsync();
        Assert.Contains("Cette page a été retirée", french, StringComparison.Ordinal);
        Assert.Contains("1er juin 2029", french, StringComparison.Ordinal);
        Assert.DoesNotContain("regional-fund", await Get("/en/peru/projects.csv"), StringComparison.Ordinal);

        // A year later the scheduled page appears, and the achievement expires, without an edit or a restart.
        factory.Clock.SetUtcNow(PublicationFactory.ScheduledAppears.AddMinutes(1));
        Assert.True(await EditableContentFactory.EventuallyAsync(async () => await Status(PublicationFactory.Scheduled) == HttpStatusCode.OK), "the scheduled page did not appear");
        Assert.Contains("translated-school-texts", await Get("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("School texts in four Indigenous languages", await Get("/en/peru/achievements/2011-2012"), StringComparison.Ordinal);
        var expired = await _client.GetAsync(new Uri(PublicationFactory.Expiring, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This page was withdrawn", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, await Status(PublicationFactory.ExpiringFrench));
        Assert.DoesNotContain("safer-mining", await Get("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_IsShownUnderTheText_InStructuredData_AndUpdatesTheFeedEntry()
    {
        var page = await Get(PublicationFactory.Corrected);
        Assert.Contains("<h2 id=\"corrections\">Corrections</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-03-02\">March 2, 2026</time>: The number of families reached was corrected.", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("id=\"corrections\"", StringComparison.Ordinal) > page.IndexOf("class=\"prose\"", StringComparison.Ordinal), "corrections are not under the text");
        Assert.Contains("\"correction\":[{\"@type\":\"CorrectionComment\",\"text\":\"The number of families reached was corrected.\",\"datePublished\":\"2026-03-02\"}]", page, StringComparison.Ordinal);

        var french = await Get(PublicationFactory.CorrectedFrench);
        Assert.Contains("<time datetime=\"2026-03-02\">2 mars 2026</time>\u00a0: Le nombre de familles rejointes a été corrigé.", french, StringComparison.Ordinal);

        var feed = await Get("/en/peru/feed.xml");
        var entry = feed[feed.IndexOf("<id>https://portal.example.org" + PublicationFactory.Corrected + "</id>", StringComparison.Ordinal)..];
        Assert.StartsWith("2026-03-02", entry[(entry.IndexOf("<updated>", StringComparison.Ordinal) + "<updated>".Length)..], StringComparison.Ordinal);
        Assert.Contains("Correction, March 2, 2026: The number of families reached was corrected.", WebUtility.HtmlDecode(WebUtility.HtmlDecode(entry)), StringComparison.Ordinal);
    }
}

public sealed class PreviewModeTests(PreviewFactory factory) : IClassFixture<PreviewFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Preview_ShowsDraftsAndScheduledPages_WithABannerSayingWhatReadersSee_NeverCachedOrIndexed()
    {
        var draft = await _client.GetAsync(new Uri(PublicationFactory.Draft, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var html = await draft.Content.ReadAsStringAsync();
        Assert.Contains("This page is a draft: readers do not see it", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html, StringComparison.Ordinal);
        Assert.Equal("no-store", draft.Headers.CacheControl?.ToString());
        Assert.Contains("noindex", string.Join(",", draft.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);

        var scheduled = await _client.GetStringAsync(new Uri(PublicationFactory.Scheduled, UriKind.Relative));
        Assert.Contains("This page is scheduled for January 1, 2030 09:00 -05:00", scheduled, StringComparison.Ordinal);

        var french = await _client.GetStringAsync(new Uri("/fr/perou/realisations/2010-2011/formation-des-enseignants", UriKind.Relative));
        Assert.Contains("Cette page est une ébauche\u00a0: les lecteurs ne la voient pas", WebUtility.HtmlDecode(french), StringComparison.Ordinal);

        var published = await _client.GetStringAsync(new Uri("/en/peru", UriKind.Relative));
        Assert.Contains("Readers see this page as it is here.", published, StringComparison.Ordinal);
        var feed = await _client.GetAsync(new Uri("/en/peru/feed.xml", UriKind.Relative));
        Assert.Equal("no-store", feed.Headers.CacheControl?.ToString());
    }
}
