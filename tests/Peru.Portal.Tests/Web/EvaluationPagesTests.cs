using System.Net;
using System.Text.RegularExpressions;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Models;

namespace Peru.Portal.Tests.Web;

[Collection(PortalFixtureDefinition.Name)]
public sealed partial class EvaluationPagesTests(PortalFactory factory)
{
    [Fact]
    public async Task EvaluationPage_ShowsTitleSummaryPeriodAndIntroduction()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation");

        Assert.Equal("Evaluation and management response", SingleH1(html));
        Assert.Contains("Fixture summary of the evaluation.", html, StringComparison.Ordinal);
        Assert.Contains("2013–2014 to 2018–2019", html, StringComparison.Ordinal);
        Assert.Contains("Fixture introduction to the evaluation.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationPage_EachRecommendation_IsASectionLinkingToItsPage()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation");

        Assert.Contains(@"<h2 id=""recommendation-1""><a href=""/en/peru/evaluation/capacity-building"">Recommendation 1: Fixture capacity building</a></h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommendation 1: Recommendation 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationPage_Recommendation_ShowsCommitmentsCentresAndTargetDates()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation");

        Assert.Contains("<li><strong>Fixture Program</strong>: Fixture agrees with this recommendation.</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Fixture Program Director</li>", html, StringComparison.Ordinal);
        Assert.Contains(@"<li>Fixture Program: <time datetime=""2021-06"">June 2021</time></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationPage_TargetDateTable_WritesJune2021WithItsMachineDate()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation");

        Assert.Contains(@"<div class=""table-wrap"" tabindex=""0"" role=""region"" aria-labelledby=""target-dates-caption"">", html, StringComparison.Ordinal);
        Assert.Matches(
            @"<th scope=""row""><a href=""/en/peru/evaluation/capacity-building"">Recommendation 1</a></th>\s*<td data-label=""Responsibility centre: "">Fixture Program</td>\s*<td data-label=""Target date: ""><time datetime=""2021-06"">June 2021</time></td>",
            html);
    }

    [Fact]
    public async Task EvaluationPage_LinksItsSource()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation");

        Assert.Contains(@"<a href=""/en/peru#source-profile"">Fixture publisher, Fixture country profile (not dated)</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationPage_UnknownCountry_Returns404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/en/narnia/evaluation")).StatusCode);
    }

    [Fact]
    public async Task RecommendationPage_KnownSlug_ShowsTitleExplanationAndActions()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation/capacity-building");

        Assert.Equal("Recommendation 1: Fixture capacity building", SingleH1(html));
        Assert.Contains("Fixture recommendation text.", html, StringComparison.Ordinal);
        Assert.Matches(@"<h2 id=""actions"">Actions</h2>", html);
        Assert.Contains("Fixture action text.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecommendationPage_ShowsCommitmentsCentresAndTargetDate()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation/capacity-building");

        Assert.Contains("Fixture agrees with this recommendation.", html, StringComparison.Ordinal);
        Assert.Contains("<li>Fixture Program Director</li>", html, StringComparison.Ordinal);
        Assert.Contains(@"<time datetime=""2021-06"">June 2021</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecommendationPage_LinksBackToTheEvaluation()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation/capacity-building");

        Assert.Contains(@"<a href=""/en/peru/evaluation"">Evaluation and management response</a>", html, StringComparison.Ordinal);
        Assert.Contains(@"<a itemprop=""item"" href=""/en/peru/evaluation""><span itemprop=""name"">Evaluation</span></a>", html, StringComparison.Ordinal);
        Assert.Contains(@"href=""/en/peru#source-profile""", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecommendationPage_OnlyRecommendation_HasNoPreviousOrNextLink()
    {
        var html = await GetHtmlAsync("/en/peru/evaluation/capacity-building");

        Assert.DoesNotContain(@"rel=""prev""", html, StringComparison.Ordinal);
        Assert.DoesNotContain(@"rel=""next""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendationPage_MiddleRecommendation_LinksPreviousAndNextInNumberOrder()
    {
        Recommendation[] all = [NewRecommendation(3, "third"), NewRecommendation(1, "first"), NewRecommendation(2, "second")];
        var country = new Country { Slug = "peru", Name = "Peru", Title = "Peru", Summary = "s", ContextHtml = "", ContextText = "" };

        var page = RecommendationPage.From(Portal.Web.Localization.LanguageTable.Builtin.Default, country, null, all, all[2]);

        Assert.Equal(new PagerLink("Previous: Recommendation 1", "/en/peru/evaluation/first"), page.Previous);
        Assert.Equal(new PagerLink("Next: Recommendation 3", "/en/peru/evaluation/third"), page.Next);
    }

    [Theory]
    [InlineData("/en/peru/evaluation/no-such-recommendation")]
    [InlineData("/en/peru/evaluation/Not_A_Slug")]
    [InlineData("/en/narnia/evaluation/capacity-building")]
    public async Task RecommendationPage_UnknownSlugOrCountry_Returns404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(path)).StatusCode);
    }

    private static Recommendation NewRecommendation(int number, string slug) => new()
    {
        CountrySlug = "peru",
        Slug = slug,
        Number = number,
        Title = $"Recommendation {number}: {slug}",
        BodyHtml = "",
        BodyText = "",
    };

    private async Task<HttpResponseMessage> GetAsync(string path) =>
        await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>The page's HTML with numeric character references decoded, so assertions read like the page.</summary>
    private async Task<string> GetHtmlAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return NumericReference().Replace(await response.Content.ReadAsStringAsync(), m => WebUtility.HtmlDecode(m.Value));
    }

    private static string SingleH1(string html)
    {
        var match = Assert.Single(H1().Matches(html));
        return Regex.Replace(match.Groups[1].Value, "<[^>]+>", "").Trim();
    }

    [GeneratedRegex("&#(x[0-9a-fA-F]+|[0-9]+);")]
    private static partial Regex NumericReference();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
