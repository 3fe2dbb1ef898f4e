using System.Net;
using System.Text;

namespace Peru.Portal.Tests.Web;

/// <summary>Requests the hostile traffic test once answered with a 5xx or no status at all.</summary>
[Collection(PortalFixtureDefinition.Name)]
public sealed class HostileRequestRegressionTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/error")]
    [InlineData("/error/500")]
    [InlineData("/error/503")]
    [InlineData("/error/404")]
    public async Task ErrorPageAskedForDirectly_AnswersNotFound_NeverAServerError(string path)
    {
        var page = await _client.GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Contains("<html", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/%2500")]
    [InlineData("/fr/%2500")]
    [InlineData("/en/%2500Views/Shared/_Layout.cshtml")]
    public async Task EscapedPercentSignBeforeZeroZero_AnswersNotFound(string path)
    {
        // "%2500" decodes once to the text "%00"; decoding it a second time made a NUL that threw.
        await _client.GetPageAsync(path, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FormWithANulPostedToAPage_AnswersMethodNotAllowed_WithItsErrorPage()
    {
        using var form = new StringContent("<img src=x onerror=alert(7)>&q=%00", Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await _client.PostAsync(new Uri("/fr/perou", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
    }
}
