using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>
/// Moves a post of the current site to the Trash and back, as WordPress does: a trashed post
/// leaves every public page at once, gives its slug up for new posts meanwhile
/// (<see cref="PostSlugs.Trashed"/>), and comes back as a draft with its slug, when still free,
/// to be looked over before it is published again. Whoever calls checks the person's permission first.
/// </summary>
public sealed class TrashPostHandler(FolioDbContext db, CurrentSite currentSite, IOutputCacheStore cache, TimeProvider clock)
{
    /// <summary>Whether the post was there and not in the Trash already.</summary>
    public async Task<bool> MoveToTrashAsync(long postId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var post = db.Posts.Where(p => p.Id == postId && p.Status != PostStatus.Trash);
        if (await FreeSlugAsync(post, postId, PostSlugs.Trashed, cancellationToken) is not { } aside) return false;
        var trashed = await post
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, PostStatus.Trash)
                .SetProperty(p => p.TrashedAt, now)
                .SetProperty(p => p.Slug, aside)
                .SetProperty(p => p.UpdatedAt, now), cancellationToken);
        if (trashed > 0) await cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
        return trashed > 0;
    }

    /// <summary>Whether the post was in the Trash. Its publication date stays, to publish it with again.</summary>
    public async Task<bool> RestoreAsync(long postId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var post = db.Posts.Where(p => p.Id == postId && p.Status == PostStatus.Trash);
        if (await FreeSlugAsync(post, postId, PostSlugs.Untrashed, cancellationToken) is not { } back) return false;
        // Nothing public changes: the post comes back as a draft, so no page needs evicting.
        var restored = await post
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, PostStatus.Draft)
                .SetProperty(p => p.Slug, back)
                .SetProperty(p => p.TrashedAt, (DateTime?)null)
                .SetProperty(p => p.UpdatedAt, now), cancellationToken);
        return restored > 0;
    }

    /// <summary>The post's slug as it goes into or out of the Trash, made unique; null when the query finds no post.</summary>
    private async Task<string?> FreeSlugAsync(IQueryable<Post> post, long postId, Func<string, string> change, CancellationToken cancellationToken) =>
        await post.Select(p => new { p.Kind, p.Slug }).FirstOrDefaultAsync(cancellationToken) is { } found
            ? await db.UniquePostSlugAsync(found.Kind, change(found.Slug), postId, cancellationToken)
            : null;
}
