using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Follows;
using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Subscriptions;

/// <summary>
/// The two "Notify me" boxes of the comment form. An address that has not proved it is the
/// reader's gets one confirmation mail and nothing else until it confirms (double opt-in);
/// a signed-in account's address is already proved.
/// </summary>
public sealed class SubscribeHandler(FolioDbContext db, CurrentSite currentSite, MailOutbox outbox, IOutputCacheStore cache, Localizer T, TimeProvider clock)
{
    /// <summary>"Notify me of new comments via email" on one post.</summary>
    public async Task ToCommentsAsync(long postId, string postTitle, string email, bool addressProved, Func<string, string> siteUrl, CancellationToken cancellationToken)
    {
        email = email.ToLowerInvariant();
        if (await db.CommentSubscriptions.AnyAsync(s => s.PostId == postId && s.Email == email, cancellationToken)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var subscription = new CommentSubscription
        {
            PostId = postId, Email = email, Token = SubscriptionTokens.New(), CreatedAt = now, ConfirmedAt = addressProved ? now : null,
        };
        db.CommentSubscriptions.Add(subscription);
        if (!addressProved)
        {
            using var language = LanguageScope.Of(currentSite.Required.Language);
            outbox.Enqueue(new OutgoingMail(email, T["Confirm: new comments on “{0}” by email", postTitle],
                $"{T["Someone, we hope you, asked to be told by email of new comments on “{0}” at {1}.", postTitle, currentSite.Required.Title]}\n\n" +
                $"{T["To confirm, open this page and press “Confirm”:"]}\n{siteUrl(SubscriptionPaths.Page(SubscriptionKind.Comments, subscription.Token))}\n\n" +
                $"{T["If it was not you, ignore this mail: without your confirmation nothing more is sent."]}\n"));
        }
        await SaveOnceAsync(cancellationToken);
    }

    /// <summary>"Notify me of new posts via email": follows the site with mail for each new post.</summary>
    public async Task ToPostsAsync(string email, long? accountId, Func<string, string> siteUrl, CancellationToken cancellationToken)
    {
        email = email.ToLowerInvariant();
        var existing = accountId is { } id
            ? await db.Followers.FirstOrDefaultAsync(f => f.AccountId == id, cancellationToken)
            : await db.Followers.FirstOrDefaultAsync(f => f.Email == email, cancellationToken);
        if (existing is not null)
        {
            // Ticking the box on a follow that only fed the Reader asks for mail as well.
            if (existing.Delivery == FollowDelivery.ReaderOnly) existing.Delivery = FollowDelivery.Instant;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var follower = new Follower
        {
            AccountId = accountId, Email = accountId is null ? email : null, Delivery = FollowDelivery.Instant,
            Token = SubscriptionTokens.New(), CreatedAt = now, ConfirmedAt = accountId is null ? null : now,
        };
        db.Followers.Add(follower);
        if (accountId is null)
        {
            var site = currentSite.Required;
            using var language = LanguageScope.Of(site.Language);
            outbox.Enqueue(new OutgoingMail(email, T["Confirm: new posts from {0} by email", site.Title],
                $"{T["Someone, we hope you, asked to receive each new post of {0} by email.", site.Title]}\n\n" +
                $"{T["To confirm, open this page and press “Confirm”:"]}\n{siteUrl(SubscriptionPaths.Page(SubscriptionKind.Posts, follower.Token))}\n\n" +
                $"{T["If it was not you, ignore this mail: without your confirmation nothing more is sent."]}\n"));
        }
        await SaveOnceAsync(cancellationToken);
        // An account's follow counts at once, and every page of the site shows the count.
        if (accountId is not null) await cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
    }

    /// <summary>Two tabs ticking the same box at once: the unique key keeps one, and the other has nothing to add.</summary>
    private async Task SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
        }
    }
}
