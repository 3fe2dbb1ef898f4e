using Microsoft.AspNetCore.Http;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Tests.Localization;

/// <summary>The in-place read of the language cookie says yes only where the full cookie parsing agrees.</summary>
public sealed class LanguageCookieTests
{
    [Theory]
    [InlineData(".Portal.Language=en", true)]
    [InlineData("a=b; .Portal.Language=en", true)]
    [InlineData("a=b;.Portal.Language=EN ; c=d", true)]
    [InlineData(".Portal.Language=fr", false)]
    [InlineData("x.Portal.Language=en", false)]
    [InlineData("a=b .Portal.Language=en", false)]
    [InlineData(".Portal.Language=en; .Portal.Language=fr", false)]
    [InlineData(".Portal.Language=\"en\"", false)]
    [InlineData(".Portal.Language=english", false)]
    [InlineData("", false)]
    public void CookieNames_SaysYesOnlyWhenTheRememberedLanguageIsCertain(string cookie, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = cookie;
        var english = LanguageTable.Builtin.Get("en");

        var names = LocalizationServices.CookieNames(context.Request, english);

        Assert.Equal(expected, names);
        if (names)
        {
            Assert.Same(english, LocalizationServices.PreferredLanguage(context.Request, LanguageTable.Builtin));
        }
    }
}
