using Folio.Data;
using Folio.Features.People;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Likes;

/// <summary>The read side of likes, for the post page, the like page and the API.</summary>
public sealed class LikeQueries(FolioDbContext db, CurrentSite currentSite, PersonDirectory people, TimeProvider clock)
{
    /// <summary>How many likers a post shows by face; the rest are "and {n} more".</summary>
    public const int ShownLikers = 10;

    /// <summary>The post, when it is public and takes likes; null otherwise.</summary>
    public async Task<LikeablePost?> LikeablePostAsync(long postId, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Id == postId && p.Kind == PostKind.Post)
            .Select(p => new { p.Id, p.Title, p.Kind, p.PublishedLocal, p.Slug, p.LikesOpen, p.AuthorId })
            .FirstOrDefaultAsync(cancellationToken);
        return post is not null && LikeRules.AreOpen(currentSite.Required, post.LikesOpen)
            ? new LikeablePost(post.Id, post.Title, PostPaths.Of(post.Kind, post.PublishedLocal!.Value, post.Slug), post.AuthorId)
            : null;
    }

    /// <summary>The post's likes, the most recent likers first; <paramref name="readerId"/> null for the shared page.</summary>
    public async Task<LikesView> ForPostAsync(long postId, long? readerId, CancellationToken cancellationToken)
    {
        var likes = db.PostLikes.AsNoTracking().Where(l => l.PostId == postId);
        var count = await likes.CountAsync(cancellationToken);
        var recent = count == 0 ? [] : await likes.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.AccountId)
            .Select(l => l.AccountId).Take(ShownLikers).ToListAsync(cancellationToken);
        var likedByReader = readerId is { } reader && (recent.Contains(reader) || await IsLikedByAsync(postId, reader, cancellationToken));

        var found = await people.ByIdAsync(recent, cancellationToken);
        var likers = recent.Where(found.ContainsKey).Select(id => found[id]).ToList();
        return new LikesView(postId, count, likers, likedByReader);
    }

    public Task<bool> IsLikedByAsync(long postId, long accountId, CancellationToken cancellationToken) =>
        db.PostLikes.AnyAsync(l => l.PostId == postId && l.AccountId == accountId, cancellationToken);
}
