namespace Peru.Portal.Web.Infrastructure;

/// <summary>Security headers through NetEscapades.AspNetCore.SecurityHeaders: the portal runs no script and loads nothing from elsewhere.</summary>
public static class SecurityHeaders
{
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        var policy = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddFrameOptionsDeny()
            .AddCrossOriginOpenerPolicy(p => p.SameOrigin())
            .AddPermissionsPolicy(p =>
            {
                p.AddCamera().None();
                p.AddMicrophone().None();
                p.AddGeolocation().None();
                p.AddPayment().None();
                p.AddUsb().None();
            })
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().None();
                csp.AddStyleSrc().Self();
                csp.AddFontSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddFormAction().Self();
                csp.AddBaseUri().None();
                csp.AddObjectSrc().None();
                csp.AddFrameAncestors().None();
            })
            .RemoveServerHeader();
        if (!app.Environment.IsDevelopment())
        {
            policy.AddStrictTransportSecurityMaxAge(maxAgeInSeconds: 60 * 60 * 24 * 365);
        }

        app.UseSecurityHeaders(policy);

        // Off by default: a proxy that ends TLS usually redirects to HTTPS itself. On, a reader who comes over plain
        // HTTP (as the portal sees them: through a known proxy, X-Forwarded-Proto) is sent to the HTTPS address.
        if (app.Configuration.GetValue<bool>("Portal:HttpsRedirection"))
        {
            app.UseHttpsRedirection();
        }

        return app;
    }
}
