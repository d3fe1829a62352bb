using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Features.Posts;

/// <summary>
/// Deletes a post of the current site for good (<see cref="PostDeletion"/>) and evicts the
/// site's pages.
/// </summary>
public sealed class DeletePostHandler(FolioDbContext db, CurrentSite currentSite, IOutputCacheStore cache)
{
    /// <summary>Whether the post was there to delete.</summary>
    public async Task<bool> HandleAsync(long postId, CancellationToken cancellationToken = default)
    {
        var deleted = await db.DeleteForGoodAsync(db.Posts.Where(p => p.Id == postId), cancellationToken);
        if (deleted > 0) await cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
        return deleted > 0;
    }
}
