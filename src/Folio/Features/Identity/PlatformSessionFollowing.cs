using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity;

/// <summary>
/// Signs a reader in on a site with no click when the browser is logged in at the platform: a
/// page opened on a sub-domain by a browser that carries <see cref="PlatformSessionHint"/> and
/// has no session here is sent, once, through the login handshake, which brings it back to the
/// same page signed in (as WordPress.com does across its sites). Anyone without the hint (every
/// anonymous reader, every crawler) passes straight on to the shared cache, at the cost of one
/// cookie look-up. A handshake that comes back without a session (the platform session ended)
/// is not tried again for that hint: the site remembers which hint it tried.
/// </summary>
public sealed class PlatformSessionFollowing(RequestDelegate next, IOptions<FolioOptions> folio)
{
    private const string TriedCookie = "folio_known_tried";

    /// <summary>A tried hint is not retried for a day, unless the browser logs in again (a new hint).</summary>
    private static readonly TimeSpan TriedFor = TimeSpan.FromDays(1);

    public Task InvokeAsync(HttpContext context, CurrentSite currentSite)
    {
        var request = context.Request;
        if (currentSite.Kind != HostKind.Site
            || PlatformSessionHint.Of(request) is not { } hint
            || !OpensAPage(request)
            || CookieNames.Has(request.Cookies, IdentityFeature.SessionCookie)
            || request.Cookies[CookieNames.For(TriedCookie, folio.Value)] == hint
            || request.Path.StartsWithSegments("/login"))
            return next(context);

        CookieNames.AppendHostOnly(context, TriedCookie, hint, TriedFor, folio.Value);
        context.Response.Redirect(PlatformLoginHandshake.Silently(context, $"{request.PathBase}{request.Path}{request.QueryString}"));
        return Task.CompletedTask;
    }

    /// <summary>
    /// A reader opening a page (not a script's request, an image, a feed reader or a browser's
    /// prefetch): only then may the browser be taken on a round trip.
    /// </summary>
    private static bool OpensAPage(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method)) return false;
        var headers = request.Headers;
        if (headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
            || headers["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase))
            return false;
        // Browsers send Sec-Fetch-Dest to secure origins only; elsewhere a page is what asks for HTML.
        var destination = headers["Sec-Fetch-Dest"].ToString();
        return destination.Length > 0
            ? destination == "document"
            : headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
