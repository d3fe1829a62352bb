using Folio.Data;
using Folio.Features.Mail;
using Folio.Features.Notifications;
using Folio.Features.Posts;
using Folio.Features.Sites;
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

    /// <summary>No public post with that id on this site.</summary>
    NoSuchPost,

    /// <summary>The site or the post has likes switched off.</summary>
    Closed,
}

public sealed class LikePostHandler(FolioDbContext db, CurrentSite currentSite, MailOutbox outbox, IOutputCacheStore cache, TimeProvider clock)
{
    /// <param name="request">Who likes which post.</param>
    /// <param name="siteUrl">Makes a site path absolute, for the link in the mail to the author.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<LikeOutcome> HandleAsync(LikePost request, Func<string, string> siteUrl, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var post = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(now))
            .Where(p => p.Id == request.PostId && p.Kind == PostKind.Post)
            .Select(p => new { p.Id, p.Title, p.Kind, p.PublishedAt, p.Slug, p.LikesOpen, p.AuthorId, AuthorEmail = p.Author.Email, p.Author.EmailOnLike })
            .FirstOrDefaultAsync(cancellationToken);
        if (post is null) return LikeOutcome.NoSuchPost;
        if (!LikeRules.AreOpen(currentSite.Required, post.LikesOpen)) return LikeOutcome.Closed;

        db.PostLikes.Add(new PostLike { PostId = post.Id, AccountId = request.AccountId, CreatedAt = now });
        if (request.AccountId != post.AuthorId)
        {
            var liker = await db.Users.Where(a => a.Id == request.AccountId).Select(a => a.DisplayName).FirstAsync(cancellationToken);
            var path = $"{PostPaths.Of(post.Kind, post.PublishedAt!.Value, post.Slug)}#likes";
            var news = $"{liker} likes “{post.Title}”";
            db.Notifications.Add(new Notification
            {
                AccountId = post.AuthorId, Kind = NotificationKind.Like, Text = news.Length > 500 ? news[..499] + "…" : news, Url = path, CreatedAt = now,
            });
            if (post.EmailOnLike && post.AuthorEmail is { } to)
                outbox.Enqueue(new OutgoingMail(to, news, $"{liker} likes your post “{post.Title}”.\n\nSee who else does:\n{siteUrl(path)}\n"));
        }

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
}
