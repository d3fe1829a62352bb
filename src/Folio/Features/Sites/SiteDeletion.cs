using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>
/// Deleting a site, in two steps as WordPress.com does: the owner's "Delete" takes it offline at
/// once (<see cref="DeletedSiteGate"/>) and keeps everything for <see cref="GracePeriod"/>, during
/// which "Restore" brings it back as it was; <see cref="SitePurger"/> then removes it for good.
/// Both steps make every server forget the site's cached settings and pages.
/// </summary>
public sealed class SiteDeletion(FolioDbContext db, SiteDirectory directory, IOutputCacheStore cache, TimeProvider clock)
{
    /// <summary>
    /// How long a deleted site can still be restored: long enough for an owner who deleted by
    /// mistake, or whose account was taken over, to notice (WordPress.com keeps 30 days too).
    /// </summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromDays(30);

    /// <summary>Takes the site offline and schedules its removal; returns when it will be removed.</summary>
    public async Task<DateTime> ScheduleAsync(long siteId, CancellationToken cancellationToken)
    {
        var deleteAfter = clock.GetUtcNow().UtcDateTime + GracePeriod;
        await ChangeAsync(siteId, deleteAfter, cancellationToken);
        return deleteAfter;
    }

    /// <summary>Brings a site scheduled for removal back online, as it was.</summary>
    public Task RestoreAsync(long siteId, CancellationToken cancellationToken) => ChangeAsync(siteId, null, cancellationToken);

    private async Task ChangeAsync(long siteId, DateTime? deleteAfter, CancellationToken cancellationToken)
    {
        var site = await db.Sites.SingleAsync(s => s.Id == siteId, cancellationToken);
        site.DeleteAfter = deleteAfter;
        await db.SaveChangesAsync(cancellationToken);
        directory.Forget(SiteView.From(site));
        await cache.EvictSiteAsync(siteId, cancellationToken);
    }
}
