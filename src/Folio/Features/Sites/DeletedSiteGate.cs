using Folio.Features.Identity;

namespace Folio.Features.Sites;

/// <summary>
/// A site its owner deleted (<see cref="SiteDeletion"/>) is offline at once: every page, feed and
/// API of it answers 410 Gone with a page that says so, in the look and language of the page a
/// private site shows (<see cref="SiteClosedView"/>). Its members are told when it will be
/// removed, and its administrators where to restore it; the dashboard and log-in stay open so
/// that they can. Runs after authentication, to know who is asking; the output cache never keeps
/// a 410, and deleting evicts what it kept of the site.
/// </summary>
public sealed class DeletedSiteGate(RequestDelegate next)
{
    /// <summary>What a deleted site still answers: the way to its dashboard, where it is restored.</summary>
    private static readonly string[] StillOpen = ["/admin", "/login", "/logout"];

    public async Task InvokeAsync(HttpContext context, CurrentSite currentSite, SiteAccess access)
    {
        if (currentSite.Site is not { DeleteAfter: { } deleteAfter } site
            || StillOpen.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }
        var role = await access.RoleAsync(context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        await SiteClosedView.ForDeleted(site, deleteAfter, role).WriteAsync(context);
    }
}
