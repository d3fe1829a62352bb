using System.Buffers.Binary;
using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>The read side of comments, for the post page and the feeds.</summary>
public sealed class CommentQueries(FolioDbContext db, ReadModelCache cache, CurrentSite currentSite, TimeProvider clock)
{
    /// <summary>
    /// A post's approved comments, oldest first, nested as threads; plus the one held comment
    /// whose author is looking at it, when there is one.
    /// </summary>
    public async Task<DiscussionView> ForPostAsync(long postId, long? heldCommentId, CancellationToken cancellationToken) =>
        Threads(await RowsAsync(postId, heldCommentId, cancellationToken));

    /// <summary>
    /// How many of the site's comments wait for a moderator, for the dashboard's menu and the
    /// admin bar: asked on every page a member sees, so kept in the read-model cache under the
    /// site's moderation tag (a held comment), comments tag (every other comment write) and site
    /// tag (imports, deletions).
    /// </summary>
    public async Task<int> AwaitingModerationAsync(CancellationToken cancellationToken)
    {
        var siteId = currentSite.Required.Id;
        var key = $"folio-read:awaiting-moderation:{siteId}";
        if (await cache.GetAsync(key, cancellationToken) is { Length: 4 } kept) return BinaryPrimitives.ReadInt32LittleEndian(kept);
        string[] tags = [CacheTags.Moderation(siteId), CacheTags.Comments(siteId), CacheTags.Site(siteId)];
        var generations = new List<ReadModelCache.Generation>(tags.Length);
        foreach (var tag in tags) generations.Add(await cache.BeginAsync(tag, cancellationToken));
        var count = await db.Comments.CountAsync(c => c.Status == CommentStatus.Pending, cancellationToken);
        var stored = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(stored, count);
        await cache.SetAsync(key, stored, tags, generations, cancellationToken);
        return count;
    }

    /// <summary>A post's approved comments, oldest first, not yet threaded: what every reader of the post sees.</summary>
    public Task<List<CommentView>> ApprovedAsync(long postId, CancellationToken cancellationToken) =>
        RowsAsync(postId, null, cancellationToken);

    private Task<List<CommentView>> RowsAsync(long postId, long? heldCommentId, CancellationToken cancellationToken) =>
        db.Comments.AsNoTracking()
            .Where(c => c.PostId == postId && (c.Status == CommentStatus.Approved || (c.Id == heldCommentId && c.Status == CommentStatus.Pending)))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new CommentView(c.Id, c.ParentId, c.AuthorName, c.AuthorUrl,
                db.ExternalIdentities.Where(i => i.Id == c.ExternalIdentityId).Select(i => i.AvatarPath).FirstOrDefault() ?? Avatars.Url(c.AvatarSeed),
                c.BodyHtml, c.CreatedAt, c.Status == CommentStatus.Pending))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Nests comments, oldest first, as threads: a reply goes under its parent (when the parent
    /// is among them), anything else starts a thread. Replies are added to their parents' views,
    /// so the views given must be threaded once, before anything shares them.
    /// </summary>
    public static DiscussionView Threads(IReadOnlyList<CommentView> rows)
    {
        var byId = rows.ToDictionary(c => c.Id);
        var threads = new List<CommentView>();
        foreach (var comment in rows)
        {
            if (comment.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent)) parent.Replies.Add(comment);
            else threads.Add(comment);
        }
        return new DiscussionView(threads, rows.Count(c => !c.IsPending));
    }

    /// <summary>The name on an approved comment of the post, for "Leave a Reply to {name}".</summary>
    public Task<string?> ReplyTargetAsync(long postId, long commentId, CancellationToken cancellationToken) =>
        db.Comments.AsNoTracking().Where(c => c.Id == commentId && c.PostId == postId && c.Status == CommentStatus.Approved)
            .Select(c => c.AuthorName).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The newest approved comments of the site, or of one post, for the comment feeds; a protected post's discussion stays behind its password.</summary>
    public async Task<IReadOnlyList<CommentFeedItem>> LatestAsync(long? postId, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.Status == CommentStatus.Approved && (postId == null || c.PostId == postId))
            .Join(db.Posts.Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime)).Where(p => p.Password == null), c => c.PostId, p => p.Id, (c, p) => new { c, p.Title, p.Slug, p.PublishedLocal, p.Kind })
            .OrderByDescending(r => r.c.CreatedAt).ThenByDescending(r => r.c.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CommentFeedItem(r.c.Id, r.c.AuthorName, r.c.AuthorUrl, r.c.BodyHtml, r.c.CreatedAt, r.Title,
            PostPaths.Of(r.Kind, r.PublishedLocal!.Value, r.Slug))).ToList();
    }
}
