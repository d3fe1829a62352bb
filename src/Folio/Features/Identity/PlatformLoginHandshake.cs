using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Identity;

/// <summary>
/// "Log in once, everywhere": a site host asks the platform who the reader is. Signed in there,
/// they come straight back with a ticket for this one host (signed, two minutes, single use) and
/// get this host's own session; not yet signed in, they log in at the platform first. No cookie
/// is ever shared between hosts.
/// </summary>
public static class PlatformLoginHandshake
{
    public const string Path = "/login/platform/";

    public static IEndpointRouteBuilder MapPlatformLoginHandshake(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? returnUrl, HttpContext context) =>
                Results.Redirect(context.PlatformUrl($"{Path}?host={Uri.EscapeDataString(context.Request.Host.Host)}&returnUrl={Uri.EscapeDataString(SafeReturn.Path(returnUrl))}")))
            .ForSites();

        endpoints.MapGet(Path, async (string? host, string? returnUrl, HttpContext context, SiteAccess access, SiteDirectory directory, LoginTickets tickets) =>
            {
                var back = SafeReturn.Path(returnUrl);
                if (host is null || directory.IsPlatformHost(host)) return Results.Redirect($"/login/?returnUrl={Uri.EscapeDataString(back)}");
                if (await directory.FindByHostAsync(host.ToLowerInvariant(), context.RequestAborted) is null)
                    return Results.BadRequest("That site is not on this Folio.");
                if (access.AccountId is not { } accountId)
                    return Results.Redirect($"/login/?returnUrl={Uri.EscapeDataString($"{Path}?host={Uri.EscapeDataString(host)}&returnUrl={Uri.EscapeDataString(back)}")}");
                var ticket = tickets.Issue(accountId, host);
                return Results.Redirect(context.HostUrl(host, $"/login/ticket/?ticket={Uri.EscapeDataString(ticket)}&returnUrl={Uri.EscapeDataString(back)}"));
            })
            .WithMetadata(new PlatformPageAttribute());
        return endpoints;
    }
}
