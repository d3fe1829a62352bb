using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>
/// Keeps the addresses a post leaves (<see cref="PostOldPath"/>), so that links already shared
/// keep leading to it, as WordPress's <c>_wp_old_slug</c> and <c>_wp_old_date</c> do. The changes
/// are only tracked: they are saved with the change of the post that made them.
/// </summary>
public static class PostMoves
{
    /// <summary>
    /// The post left <paramref name="oldPath"/> (null: it had no public address) for
    /// <paramref name="newPath"/> (null: it has none now). An address it comes back to is no longer
    /// an old one of its own, so it never leads to itself; an old address another post held is
    /// taken over, as the link now most likely means the newer owner.
    /// </summary>
    public static async Task RecordMoveAsync(this FolioDbContext db, long postId, string? oldPath, string? newPath, CancellationToken cancellationToken)
    {
        if (oldPath == newPath) return;
        // An address longer than the column holds (a long slug in a non-Latin script, percent-encoded) cannot be kept.
        var keeps = oldPath is { Length: <= PostOldPath.PathLength };
        var records = await db.PostOldPaths
            .Where(o => (o.PostId == postId && o.Path == newPath) || (keeps && o.Path == oldPath))
            .ToListAsync(cancellationToken);
        db.PostOldPaths.RemoveRange(records.Where(o => o.PostId == postId && o.Path == newPath));
        if (!keeps) return;
        if (records.FirstOrDefault(o => o.Path == oldPath) is { } held) held.PostId = postId;
        else db.PostOldPaths.Add(new PostOldPath { PostId = postId, Path = oldPath! });
    }

    /// <summary>Where a post's public address is now: none until it has a publication date.</summary>
    public static string? PathOf(Post post) => post.PublishedLocal is { } at ? PostPaths.Of(post.Kind, at, post.Slug) : null;
}
