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
    /// <c>/sites/{slug}/dashboard/</c> on the platform: for a member of that site, a login ticket
    /// to the site's own host and on to its <c>/admin/</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapSiteDashboardLink(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sites/{slug}/dashboard/", async (string slug, HttpContext context, FolioDbContext db, SiteAccess access, LoginTickets tickets, SiteDirectory directory) =>
            {
                // Platform work across sites, narrowed to this account's own membership.
                var site = await db.SiteMembers.IgnoreQueryFilters()
                    .Where(m => m.AccountId == access.AccountId)
                    .Join(db.Sites.Where(s => s.Slug == slug), m => m.SiteId, s => s.Id, (_, s) => s)
                    .FirstOrDefaultAsync(context.RequestAborted);
                if (site is null) return Results.NotFound();
                var view = SiteView.From(site);
                var ticket = tickets.Issue(access.AccountId!.Value, directory.HostOf(view), await BrowserSessions.IdOnThisHostAsync(context));
                return Results.Redirect(context.SiteUrl(view, $"/login/ticket/?ticket={Uri.EscapeDataString(ticket)}&returnUrl=%2Fadmin%2F"));
            })
            .WithMetadata(new PlatformPageAttribute())
            .RequireAuthorization();
        return endpoints;
    }
}
