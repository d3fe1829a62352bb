using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>
/// Deletes a post of the current site for good, with its comments, likes, revisions and
/// subscriptions (the database cascades them), and evicts the site's pages.
/// </summary>
public sealed class DeletePostHandler(FolioDbContext db, CurrentSite currentSite, IOutputCacheStore cache)
{
    /// <summary>Whether the post was there to delete.</summary>
    public async Task<bool> HandleAsync(long postId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Replies point at their parents, and PostgreSQL checks that at once, row by row, during
        // the cascade; so the threads are undone first and the comments then go in any order.
        await db.Comments.Where(c => c.PostId == postId && c.ParentId != null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ParentId, (long?)null), cancellationToken);
        var deleted = await db.Posts.Where(p => p.Id == postId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (deleted > 0) await cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
        return deleted > 0;
    }
}
