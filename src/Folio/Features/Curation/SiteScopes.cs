using System.Linq.Expressions;
using Folio.Data;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Curation;

/// <summary>
/// A service scope acting for one site, as a request to the site's host would be: its
/// <see cref="CurrentSite"/> set, so site-scoped handlers and the data context's filter work
/// outside a request (the poller and the command line).
/// </summary>
public static class SiteScopes
{
    public static Task<AsyncServiceScope?> ForSiteAsync(this IServiceScopeFactory scopes, long siteId, CancellationToken cancellationToken) =>
        OpenAsync(scopes, site => site.Id == siteId, cancellationToken);

    public static Task<AsyncServiceScope?> ForSiteAsync(this IServiceScopeFactory scopes, string slug, CancellationToken cancellationToken) =>
        OpenAsync(scopes, site => site.Slug == slug, cancellationToken);

    /// <summary>The scope, or null (and nothing left open) when no site matches.</summary>
    private static async Task<AsyncServiceScope?> OpenAsync(IServiceScopeFactory scopes, Expression<Func<Site, bool>> which, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        var site = await scope.ServiceProvider.GetRequiredService<FolioDbContext>().Sites.AsNoTracking().FirstOrDefaultAsync(which, cancellationToken);
        if (site is null)
        {
            await scope.DisposeAsync();
            return null;
        }
        scope.ServiceProvider.GetRequiredService<CurrentSite>().Use(SiteView.From(site));
        return scope;
    }
}
