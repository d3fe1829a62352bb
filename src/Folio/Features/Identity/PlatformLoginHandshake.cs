using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Identity;

/// <summary>
/// "Log in once, everywhere": a site host asks the platform who the reader is. Signed in there,
/// they come straight back with a ticket for this one host (signed, two minutes, single use) and
/// get this host's own session, which continues the browser's platform session (logging out of
/// either ends both); not yet signed in, they log in at the platform first. No cookie is ever
/// shared between hosts.
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
            ? ForHost(context.Request.Host.Host, back)
            : back;
    }

    /// <summary>The platform's end of the handshake for a site host, going on to <paramref name="back"/> there.</summary>
    private static string ForHost(string host, string back) => $"{Path}?host={Uri.EscapeDataString(host)}&returnUrl={Uri.EscapeDataString(back)}";

    public static IEndpointRouteBuilder MapPlatformLoginHandshake(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? returnUrl, HttpContext context) => Results.Redirect(context.PlatformUrl(BackHere(context, returnUrl))))
            .ForSites();

        endpoints.MapGet(Path, async (string? host, string? returnUrl, HttpContext context, SiteAccess access, SiteDirectory directory, LoginTickets tickets) =>
            {
                var back = SafeReturn.Path(returnUrl);
                if (host is null || directory.IsPlatformHost(host)) return Results.Redirect(LoginModel.PathReturningTo(back));
                if (await directory.FindByHostAsync(host.ToLowerInvariant(), context.RequestAborted) is null)
                    return Results.BadRequest("That site is not on this Folio.");
                if (access.AccountId is not { } accountId)
                    return Results.Redirect(LoginModel.PathReturningTo(ForHost(host, back)));
                var ticket = tickets.Issue(accountId, host, await BrowserSessions.IdOnThisHostAsync(context));
                return Results.Redirect(context.HostUrl(host, $"/login/ticket/?ticket={Uri.EscapeDataString(ticket)}&returnUrl={Uri.EscapeDataString(back)}"));
            })
            .WithMetadata(new PlatformPageAttribute());
        return endpoints;
    }
}
