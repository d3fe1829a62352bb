using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>Approve, mark as spam, trash or restore comments of the current site.</summary>
public sealed class ModerateCommentHandler(
    FolioDbContext db, CurrentSite currentSite, CommentFollowUps followUps, PublicOrigin origin, IOutputCacheStore cache)
{
    /// <summary>
    /// Sets the status of each comment; returns how many changed. Pages showing them are evicted,
    /// and a held comment that is approved goes out to the post's subscribers.
    /// </summary>
    public async Task<int> HandleAsync(IReadOnlyCollection<long> commentIds, CommentStatus status, CancellationToken cancellationToken = default)
    {
        var comments = await db.Comments.Where(c => commentIds.Contains(c.Id) && c.Status != status).ToListAsync(cancellationToken);
        var released = comments.Where(c => c.Status == CommentStatus.Pending && status == CommentStatus.Approved).ToList();
        foreach (var comment in comments) comment.Status = status;
        await TellSubscribersAsync(released, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var postId in comments.Select(c => c.PostId).Distinct())
            await cache.EvictDiscussionAsync(currentSite.Required.Id, postId, cancellationToken);
        return comments.Count;
    }

    private async Task TellSubscribersAsync(List<Comment> released, CancellationToken cancellationToken)
    {
        if (released.Count == 0) return;
        var postIds = released.Select(c => c.PostId).Distinct().ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Kind, p.PublishedLocal, p.Slug }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var site = currentSite.Required;
        foreach (var comment in released)
        {
            var post = posts[comment.PostId];
            if (post.PublishedLocal is not { } publishedAt) continue;
            var path = $"{PostPaths.Of(post.Kind, publishedAt, post.Slug)}#comment-{comment.Id}";
            await followUps.EnqueueAsync(comment, post.Title, path, p => origin.SiteUrl(site, p), cancellationToken);
        }
    }
}
