using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>
/// Deletes a comment of the current site for good. Its replies stay, moved up to its own parent
/// (as WordPress does), so a conversation loses one voice, not its thread.
/// </summary>
public sealed class DeleteCommentHandler(FolioDbContext db, IOutputCacheStore cache)
{
    /// <summary>Whether the comment was there to delete.</summary>
    public async Task<bool> HandleAsync(long commentId, CancellationToken cancellationToken = default)
    {
        var comment = await db.Comments.AsNoTracking().Where(c => c.Id == commentId).Select(c => new { c.SiteId, c.PostId, c.ParentId }).FirstOrDefaultAsync(cancellationToken);
        if (comment is null) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Comments.Where(c => c.ParentId == commentId).ExecuteUpdateAsync(set => set.SetProperty(c => c.ParentId, comment.ParentId), cancellationToken);
        var deleted = await db.Comments.Where(c => c.Id == commentId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.EvictDiscussionAsync(comment.SiteId, comment.PostId, cancellationToken);
        return deleted > 0;
    }
}
