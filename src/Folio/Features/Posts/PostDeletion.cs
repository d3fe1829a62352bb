using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>Deleting posts for good, with their comments, likes, revisions, subscriptions and old addresses (the database cascades them);
/// their child pages stay, at the top.</summary>
public static class PostDeletion
{
    /// <summary>Deletes the posts the query selects; returns how many there were.</summary>
    public static async Task<int> DeleteForGoodAsync(this FolioDbContext db, IQueryable<Post> posts, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Replies point at their parents, and PostgreSQL checks that at once, row by row, during
        // the cascade; so the threads are undone first and the comments then go in any order.
        // The posts' own query already keeps to its site (or is platform work), so the comments'
        // filter would only repeat it.
        var postIds = posts.Select(p => p.Id);
        await db.Comments.AcrossSites(CrossSiteReason.ScopedByParent).Where(c => postIds.Contains(c.PostId) && c.ParentId != null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ParentId, (long?)null), cancellationToken);
        // A deleted page's children become top-level pages rather than point at nothing.
        await db.Posts.AcrossSites(CrossSiteReason.ScopedByParent).Where(p => p.ParentId != null && postIds.Contains(p.ParentId.Value))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ParentId, (long?)null), cancellationToken);
        var deleted = await posts.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
