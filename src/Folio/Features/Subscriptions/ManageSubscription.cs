using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Subscriptions;

/// <summary>What a subscription mail's token stands for, as the reader sees it: new comments on the post titled <c>PostTitle</c>, or (null) the site's new posts.</summary>
public sealed record SubscriptionView(SubscriptionKind Kind, string? PostTitle, bool Confirmed);

/// <summary>Finds, confirms and ends the subscription a token names, on the current site.</summary>
public sealed class ManageSubscriptionHandler(FolioDbContext db, CurrentSite currentSite, IOutputCacheStore cache, TimeProvider clock)
{
    public async Task<SubscriptionView?> FindAsync(SubscriptionKind kind, string token, CancellationToken cancellationToken)
    {
        if (kind == SubscriptionKind.Posts)
        {
            var follower = await db.Followers.AsNoTracking().FirstOrDefaultAsync(f => f.Token == token, cancellationToken);
            return follower is null ? null : new SubscriptionView(kind, null, follower.ConfirmedAt is not null);
        }
        var subscription = await db.CommentSubscriptions.AsNoTracking().Where(s => s.Token == token)
            .Join(db.Posts, s => s.PostId, p => p.Id, (s, p) => new { s.ConfirmedAt, p.Title })
            .FirstOrDefaultAsync(cancellationToken);
        return subscription is null ? null : new SubscriptionView(kind, subscription.Title, subscription.ConfirmedAt is not null);
    }

    /// <summary>Marks the subscription confirmed; true when there was one to confirm.</summary>
    public async Task<bool> ConfirmAsync(SubscriptionKind kind, string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = kind == SubscriptionKind.Posts
            ? await db.Followers.Where(f => f.Token == token && f.ConfirmedAt == null)
                .ExecuteUpdateAsync(f => f.SetProperty(x => x.ConfirmedAt, now), cancellationToken)
            : await db.CommentSubscriptions.Where(s => s.Token == token && s.ConfirmedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, now), cancellationToken);
        if (changed > 0 && kind == SubscriptionKind.Posts) await FollowerCountChangedAsync(cancellationToken);
        return changed > 0;
    }

    /// <summary>Ends the subscription. A signed-in account's follow stays for the Reader, without mail.</summary>
    public async Task UnsubscribeAsync(SubscriptionKind kind, string token, CancellationToken cancellationToken)
    {
        if (kind == SubscriptionKind.Comments)
        {
            await db.CommentSubscriptions.Where(s => s.Token == token).ExecuteDeleteAsync(cancellationToken);
            return;
        }
        if (await db.Followers.Where(f => f.Token == token && f.AccountId == null).ExecuteDeleteAsync(cancellationToken) > 0)
            await FollowerCountChangedAsync(cancellationToken);
        await db.Followers.Where(f => f.Token == token && f.AccountId != null)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.Delivery, Follows.FollowDelivery.ReaderOnly), cancellationToken);
    }

    /// <summary>Every page of the site shows "Join N other followers".</summary>
    private ValueTask FollowerCountChangedAsync(CancellationToken cancellationToken) => cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
}
