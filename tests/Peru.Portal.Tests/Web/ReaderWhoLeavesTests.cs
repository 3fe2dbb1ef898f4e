using System.Net;
using Microsoft.AspNetCore.Http;

namespace Peru.Portal.Tests.Web;

/// <summary>A portal of its own: the page asked for must not be rendered or cached by another test first.</summary>
public sealed class ReaderWhoLeavesFactory : PortalFactory;

/// <summary>
/// A reader who leaves while a page renders (a closed tab, a dropped phone link) cancels only that reader's
/// answer: readers asking for the same page at the same moment still get it whole.
/// </summary>
public sealed class ReaderWhoLeavesTests(ReaderWhoLeavesFactory factory) : IClassFixture<ReaderWhoLeavesFactory>
{
    [Fact]
    public async Task PageBeingRendered_WhenItsFirstReaderLeaves_IsStillAnsweredWholeToTheOthers()
    {
        var server = factory.Server;
        const string address = "/en/peru/achievements/2011-2012";
        using var left = new CancellationTokenSource();
        await left.CancelAsync();

        // The one who left is first in; the others arrive while that rendering would still be under way.
        var leaving = server.SendAsync(context => Ask(context, address, left.Token));
        var staying = Enumerable.Range(0, 12).Select(_ => server.SendAsync(context => Ask(context, address, CancellationToken.None))).ToList();
        try
        {
            await leaving;
        }
        catch (OperationCanceledException)
        {
            // That reader is gone: what it was sent does not matter.
        }

        var answers = await Task.WhenAll(staying);
        Assert.All(answers, answer => Assert.Equal(StatusCodes.Status200OK, answer.Response.StatusCode));
        var pages = await Task.WhenAll(answers.Select(async answer => await new StreamReader(answer.Response.Body).ReadToEndAsync()));
        Assert.All(pages, page => Assert.Contains("</html>", page, StringComparison.Ordinal));
        Assert.Single(pages.Distinct(StringComparer.Ordinal));

        using var after = await factory.CreateClient().GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(pages[0], await after.Content.ReadAsStringAsync());
    }

    private static void Ask(HttpContext context, string address, CancellationToken aborted)
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = address;
        context.Request.Headers.AcceptEncoding = "identity";
        context.RequestAborted = aborted;
    }
}
