using Folio.Data;
using Folio.Features.Notifications;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Likes;

/// <summary>A signed-in account likes a post of the current site.</summary>
public sealed record LikePost(long PostId, long AccountId);

public enum LikeOutcome
{
    /// <summary>The account likes the post now (perhaps it already did).</summary>
    Liked,

    /// <summary>No public post with that id on this site, or it does not take likes.</summary>
    NotLikeable,
}

public sealed class LikePostHandler(FolioDbContext db, LikeQueries queries, NotifyBloggers notify, IOutputCacheStore cache, TimeProvider clock)
{
    /// <param name="request">Who likes which post.</param>
    /// <param name="siteUrl">Makes a site path absolute, for the link in the mail to the author.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<LikeOutcome> HandleAsync(LikePost request, Func<string, string> siteUrl, CancellationToken cancellationToken = default)
    {
        if (await queries.LikeablePostAsync(request.PostId, cancellationToken) is not { } post) return LikeOutcome.NotLikeable;

        db.PostLikes.Add(new PostLike { PostId = post.Id, AccountId = request.AccountId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        if (request.AccountId != post.AuthorId) await TellAuthorAsync(post, request.AccountId, siteUrl, cancellationToken);

        // The key (site, post, account) is the one judge of "already liked": under any number of
        // simultaneous requests exactly one insert wins, and the losers' notifications and mails,
        // saved in the same unit, are rolled back with them.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return LikeOutcome.Liked;
        }
        await cache.EvictByTagAsync(CacheTags.Post(post.Id), cancellationToken);
        return LikeOutcome.Liked;
    }

    /// <summary>
    /// Adds, to the like's unit of work, the author's dashboard notice and (if they want it) a
    /// mail, unless the author was told this before: liking, taking it back and liking again
    /// tells nothing new, and must not be a way to fill the author's inbox.
    /// </summary>
    private async Task TellAuthorAsync(LikeablePost post, long likerId, Func<string, string> siteUrl, CancellationToken cancellationToken)
    {
        var liker = await db.Users.Where(a => a.Id == likerId).Select(a => a.DisplayName).FirstAsync(cancellationToken);
        var path = post.Path + "#likes";
        var news = new BloggerNews(NotificationKind.Like, liker, post.Title, path, siteUrl);
        if (await notify.ToldBeforeAsync(post.AuthorId, news, cancellationToken)) return;
        await notify.TellAsync([post.AuthorId], news, cancellationToken);
    }
}
