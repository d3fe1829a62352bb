using Microsoft.AspNetCore.Antiforgery;

namespace Folio.Infrastructure;

/// <summary>
/// The security headers of every answer, on every host (the platform, sites, custom domains) and
/// of every kind (pages, feeds, media, the REST API, errors, static files). They are the same for
/// every answer, so they are written once here and only copied onto each response: the output
/// cache stores them with a page and serves them with it again, which is why the policy holds no
/// per-request nonce. Pages need none: every script is a file under <c>wwwroot/js</c>.
/// </summary>
public static class SecurityHeaders
{
    private const string NoSniff = "nosniff";

    /// <summary>Other sites learn which site a reader came from, never the page's path or query.</summary>
    private const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// The device features Folio never uses, off for its pages and anything they frame. Passkeys
    /// (<c>publickey-credentials-get</c> and <c>-create</c>) keep their default: this origin.
    /// </summary>
    private static readonly string PermissionsPolicy = string.Join(", ",
        "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()", "hid=()", "magnetometer=()",
        "microphone=()", "midi=()", "payment=()", "screen-wake-lock=()", "serial=()", "usb=()", "xr-spatial-tracking=()");

    /// <summary>A year; not <c>includeSubDomains</c>: whether each site's subdomain has a certificate is the operator's business.</summary>
    private const string StrictTransport = "max-age=31536000";

    /// <summary>
    /// No other site frames a Folio page, except the embed view of a post (Features/Embeds), which
    /// is made to be framed by whichever site embeds the post and holds no form or personal data.
    /// </summary>
    private static readonly string Policy = ContentSecurityPolicy(frameAncestors: "'none'");
    private static readonly string FramedByOwnSitePolicy = ContentSecurityPolicy(frameAncestors: "'self'");
    private static readonly string FramedByAnySitePolicy = ContentSecurityPolicy(frameAncestors: "*");

    /// <summary>
    /// What pages may load and run. There is no <c>form-action</c>: logging in with an outside
    /// provider posts a form that ends at that provider, whose address only configuration knows.
    /// </summary>
    private static string ContentSecurityPolicy(string frameAncestors) => string.Join("; ",
        // Fetches, fonts and the customiser's preview frame come from the page's own host.
        "default-src 'self'",
        // No inline script, no eval. The JSON-LD block of a post is data, which script-src does not govern.
        "script-src 'self'",
        // Stylesheets are files and <style> elements are refused; style attributes are allowed:
        // post bodies keep the inline styles their authors and imported posts use (the sanitiser
        // lets only safe properties through), and the site layout sets the accent colour in one.
        "style-src 'self'",
        "style-src-attr 'unsafe-inline'",
        // A post shows images from wherever its author (or the imported post) took them.
        "img-src 'self' https: http:",
        "object-src 'none'",
        "base-uri 'none'",
        $"frame-ancestors {frameAncestors}");

    /// <summary>Antiforgery's X-Frame-Options only on pages with a form would contradict frame-ancestors; the policy covers every page.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.Configure<AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);

    /// <summary>Sets the headers before anything else runs, so an error page or a static file has them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(static (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = NoSniff;
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers.ContentSecurityPolicy = Policy;
        // Only over HTTPS (as the client reached us: trusted proxies are read before this), as the standard requires.
        if (context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransport;
        return next(context);
    });

    /// <summary>For the one page its own site frames: the customiser's preview of the site.</summary>
    public static void LetOwnSiteFrame(HttpResponse response) => response.Headers.ContentSecurityPolicy = FramedByOwnSitePolicy;

    /// <summary>For a post's embed view, which any site that embeds the post frames.</summary>
    public static void LetAnySiteFrame(HttpResponse response) => response.Headers.ContentSecurityPolicy = FramedByAnySitePolicy;
}
