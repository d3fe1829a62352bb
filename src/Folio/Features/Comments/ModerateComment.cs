using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>Approve, mark as spam, trash or restore comments of the current site.</summary>
public sealed class ModerateCommentHandler(FolioDbContext db, IOutputCacheStore cache)
{
    /// <summary>Sets the status of each comment; returns how many changed. Pages showing them are evicted.</summary>
    public async Task<int> HandleAsync(IReadOnlyCollection<long> commentIds, CommentStatus status, CancellationToken cancellationToken = default)
    {
        var comments = await db.Comments.Where(c => commentIds.Contains(c.Id) && c.Status != status).ToListAsync(cancellationToken);
        foreach (var comment in comments) comment.Status = status;
        await db.SaveChangesAsync(cancellationToken);
        foreach (var postId in comments.Select(c => c.PostId).Distinct())
            await cache.EvictByTagAsync(CacheTags.Post(postId), cancellationToken);
        return comments.Count;
    }
}
