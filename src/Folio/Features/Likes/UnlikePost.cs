using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Likes;

/// <summary>A signed-in account takes back its like of a post of the current site.</summary>
public sealed record UnlikePost(long PostId, long AccountId);

public sealed class UnlikePostHandler(FolioDbContext db, IOutputCacheStore cache)
{
    /// <summary>
    /// Removes the like if there is one; taking back a like that is not there is no error (a
    /// second click, another tab). Allowed even where likes were switched off since.
    /// </summary>
    public async Task HandleAsync(UnlikePost request, CancellationToken cancellationToken = default)
    {
        var removed = await db.PostLikes.Where(l => l.PostId == request.PostId && l.AccountId == request.AccountId).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0) await cache.EvictByTagAsync(CacheTags.Post(request.PostId), cancellationToken);
    }
}
