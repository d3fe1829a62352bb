using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Identity;

/// <summary>
/// "Log in once, everywhere": a site host asks the platform who the reader is. Signed in there,
/// they come straight back with a ticket for this one host (signed, two minutes, single use,
/// for this browser alone: <see cref="LoginTicketBrowser"/>) and get this host's own session,
/// which continues the browser's platform session (logging out of either ends both); not yet
/// signed in, they log in at the platform first. No cookie is ever shared between hosts.
/// </summary>
public static class PlatformLoginHandshake
{
    public const string Path = "/login/platform/";

    /// <summary>
    /// The platform path that ends at <paramref name="returnUrl"/> on the request's host, signed
    /// in: for a site host, through this handshake; on the platform, the path itself. Where
    /// platform pages (sign up, email confirmation) should send someone who came from here.
    /// </summary>
    public static string BackHere(HttpContext context, string? returnUrl)
    {
        var back = SafeReturn.Path(returnUrl);
        return context.RequestServices.GetRequiredService<CurrentSite>().Kind == HostKind.Site
            ? ForHost(context.Request.Host.Host, back, browser: null)
            : back;
    }

    /// <summary>
    /// The address that signs the browser in on a site host and goes on to <paramref name="back"/>
    /// there: the handshake's start on that host, which marks the browser before the platform
    /// issues its ticket. Where platform pages send a signed-in person to one of their sites.
    /// </summary>
    public static string OnHost(HttpContext context, string host, string back) =>
        context.HostUrl(host, $"{Path}?returnUrl={Uri.EscapeDataString(SafeReturn.Path(back))}");

    /// <summary>
    /// The platform's end of the handshake for this site host, going on to <paramref name="back"/>
    /// here, for a browser just marked by this host: where a site sends a reader to log in.
    /// </summary>
    public static string FromThisHost(HttpContext context, string back) => FromThisHost(context, back, LoginTicketBrowser.Mark(context));

    /// <summary>The same, for a browser the caller has marked (<see cref="LoginTicketBrowser.Mark"/>) and named in <paramref name="back"/>.</summary>
    public static string FromThisHost(HttpContext context, string back, string browser) =>
        context.PlatformUrl(ForHost(context.Request.Host.Host, SafeReturn.Path(back), browser));

    /// <summary>
    /// The same, asking the platform not to ask the reader to log in: signed in there, they come
    /// back signed in here; not, they come straight back as they were (<see cref="PlatformSessionFollowing"/>).
    /// </summary>
    public static string Silently(HttpContext context, string back) => FromThisHost(context, back) + "&silent=true";

    /// <summary>The platform's end of the handshake for a site host, going on to <paramref name="back"/> there.</summary>
    private static string ForHost(string host, string back, string? browser) =>
        $"{Path}?host={Uri.EscapeDataString(host)}&returnUrl={Uri.EscapeDataString(back)}"
        + (browser is null ? "" : $"&{LoginTicketBrowser.Parameter}={Uri.EscapeDataString(browser)}");

    public static IEndpointRouteBuilder MapPlatformLoginHandshake(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? returnUrl, HttpContext context) => Results.Redirect(FromThisHost(context, returnUrl ?? "/")))
            .ForSites().OpenToStrangers();

        endpoints.MapGet(Path, async (string? host, string? returnUrl, string? browser, bool? silent, HttpContext context, SiteAccess access, SiteDirectory directory, LoginTickets tickets) =>
            {
                var back = SafeReturn.Path(returnUrl);
                if (host is null || directory.IsPlatformHost(host)) return Results.Redirect(LoginModel.PathReturningTo(back));
                if (await directory.FindByHostAsync(host.ToLowerInvariant(), context.RequestAborted) is null)
                    return Results.BadRequest("That site is not on this Folio.");
                // Arrived without the site's mark (from sign-up, say): the site marks the browser first.
                if (string.IsNullOrEmpty(browser)) return Results.Redirect(OnHost(context, host, back));
                if (access.AccountId is not { } accountId)
                {
                    if (silent is not true) return Results.Redirect(LoginModel.PathReturningTo(ForHost(host, back, browser)));
                    // The hint outlived the session it stood for.
                    PlatformSessionHint.Clear(context);
                    return Results.Redirect(context.HostUrl(host, back));
                }
                if (silent is true) PlatformSessionHint.Set(context);
                var ticket = tickets.Issue(new TicketHolder(accountId, null, await BrowserSessions.IdOnThisHostAsync(context)), host, browser);
                return Results.Redirect(context.HostUrl(host, TicketLoginModel.PathFor(ticket, back)));
            })
            .WithMetadata(new PlatformPageAttribute());
        return endpoints;
    }
}
