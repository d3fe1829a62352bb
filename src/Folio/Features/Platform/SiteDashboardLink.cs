using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Platform;

public static class SiteDashboardLink
{
    /// <summary>The platform's path that takes a signed-in member to a site's dashboard.</summary>
    public static string Path(string slug) => $"/sites/{slug}/dashboard/";

    /// <summary>
    /// <c>/sites/{slug}/dashboard/</c> on the platform: for a member of that site, the login
    /// handshake on the site's own host (which gets this browser a ticket) and on to its <c>/admin/</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapSiteDashboardLink(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sites/{slug}/dashboard/", async (string slug, HttpContext context, FolioDbContext db, SiteAccess access, SiteDirectory directory) =>
            {
                // Platform work across sites, narrowed to this account's own membership.
                var site = await db.SiteMembers.AcrossSites(CrossSiteReason.OneAccountsOwnRows)
                    .Where(m => m.AccountId == access.AccountId)
                    .Join(db.Sites.Where(s => s.Slug == slug), m => m.SiteId, s => s.Id, (_, s) => s)
                    .FirstOrDefaultAsync(context.RequestAborted);
                if (site is null) return Results.NotFound();
                return Results.Redirect(PlatformLoginHandshake.OnHost(context, directory.HostOf(SiteView.From(site)), "/admin/"));
            })
            .WithMetadata(new PlatformPageAttribute())
            .RequireAuthorization();
        return endpoints;
    }
}
