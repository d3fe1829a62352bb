using Folio.Data;
using Folio.Features.Notifications;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Follows;

/// <summary>A signed-in account follows the current site (one click) or stops following it.</summary>
public sealed class FollowSiteHandler(FolioDbContext db, CurrentSite currentSite, NotifyBloggers notify, IOutputCacheStore cache, TimeProvider clock)
{
    /// <summary>Follows; true when this made a new follow (a second click, or a race, changes nothing).</summary>
    public async Task<bool> FollowAsync(long accountId, Func<string, string> siteUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Followers.Add(new Follower { AccountId = accountId, Delivery = FollowDelivery.ReaderOnly, Token = SubscriptionTokens.New(), CreatedAt = now, ConfirmedAt = now });
        var site = currentSite.Required;
        var follower = await db.Users.Where(a => a.Id == accountId).Select(a => a.DisplayName).FirstAsync(cancellationToken);
        var administrators = await db.SiteMembers.Where(m => m.Role == SiteRole.Administrator && m.AccountId != accountId)
            .Select(m => m.AccountId).ToListAsync(cancellationToken);
        await notify.TellAsync(administrators, new BloggerNews(NotificationKind.Follow, follower, site.Title, "/admin/notifications/", siteUrl), cancellationToken);
        try
        {
            // The (site, account) key is the judge of "already following": the loser of a race saves nothing, not even the notification.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }
        await cache.EvictSiteAsync(site.Id, cancellationToken); // every page shows the follower count
        return true;
    }
}

/// <summary>
/// An account's own follows, changed from any host (a site's "Following" button, the Reader's list):
/// every query names the account, so a person can only ever change what is theirs.
/// </summary>
public sealed class ManageFollowsHandler(FolioDbContext db, IOutputCacheStore cache)
{
    public async Task UnfollowAsync(long accountId, long siteId, CancellationToken cancellationToken)
    {
        if (await Mine(accountId, siteId).ExecuteDeleteAsync(cancellationToken) > 0)
            await cache.EvictSiteAsync(siteId, cancellationToken); // every page shows the follower count
    }

    /// <summary>How the follower wants new posts: only in the Reader, or by mail at once, daily or weekly.</summary>
    public Task ChooseDeliveryAsync(long accountId, long siteId, FollowDelivery delivery, CancellationToken cancellationToken) =>
        Mine(accountId, siteId).ExecuteUpdateAsync(f => f.SetProperty(x => x.Delivery, delivery), cancellationToken);

    private IQueryable<Follower> Mine(long accountId, long siteId) =>
        db.Followers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(f => f.AccountId == accountId && f.SiteId == siteId);
}

/// <summary>What the follow box shows: how many follow, and whether the reader does.</summary>
public sealed class FollowerQueries(Deferred<FolioDbContext> db, ReadModelCache cache, CurrentSite currentSite)
{
    /// <summary>
    /// Followers who count: accounts, and guests who confirmed their address. Every page of the
    /// site shows it, so it is kept with the site's pages: every change of the count evicts them.
    /// </summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var siteTag = CacheTags.Site(currentSite.Required.Id);
        var key = $"folio-read:v1:followers:{siteTag}";
        if (await cache.GetAsync(key, cancellationToken) is { Length: sizeof(int) } stored) return BitConverter.ToInt32(stored);
        var generation = await cache.BeginAsync(siteTag, cancellationToken);
        var count = await db.Value.Followers.CountAsync(f => f.ConfirmedAt != null, cancellationToken);
        await cache.SetAsync(key, BitConverter.GetBytes(count), [siteTag], [generation], cancellationToken);
        return count;
    }

    public Task<bool> FollowsAsync(long accountId, CancellationToken cancellationToken) =>
        db.Value.Followers.AnyAsync(f => f.AccountId == accountId, cancellationToken);
}
