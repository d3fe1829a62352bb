using Folio.Data;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>
/// Where an address a post or page had before its slug, date or kind changed leads now: the post's
/// own address, while the post is public. Asked only where the request found nothing else (the
/// page would answer 404), so a page that exists costs no lookup, and a live post at an address
/// always wins over a post that once had it.
/// </summary>
public sealed class PostOldPathRedirects(FolioDbContext db, TimeProvider clock)
{
    /// <summary>The current address of the public post that had this request's path, for a GET or HEAD; null otherwise.</summary>
    public async Task<(PostKind Kind, string Path)?> TargetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return null;
        var path = CanonicalPaths.Of(request.Path);
        return await TargetAsync(path.EndsWith('/') ? path : path + "/", cancellationToken);
    }

    /// <summary>The current address of the public post that had this canonical path, or null.</summary>
    public async Task<(PostKind Kind, string Path)?> TargetAsync(string oldPath, CancellationToken cancellationToken)
    {
        if (oldPath.Length > PostOldPath.PathLength) return null;
        return await CurrentAsync(db.PostOldPaths.AsNoTracking().Where(o => o.Path == oldPath), cancellationToken);
    }

    /// <summary>
    /// The current address of the public post that was once published in that month under that
    /// slug: WordPress's "month and name" links (<c>/{yyyy}/{MM}/{slug}/</c>) to a post whose slug
    /// or date has changed since, as WordPress follows <c>_wp_old_slug</c> within the link's month.
    /// </summary>
    public Task<(PostKind Kind, string Path)?> TargetInMonthAsync(int year, int month, string slug, CancellationToken cancellationToken)
    {
        var monthPrefix = $"/{year:D4}/{month:D2}/";
        var slugEnd = $"/{CanonicalPaths.Segment(slug)}/";
        return CurrentAsync(db.PostOldPaths.AsNoTracking().Where(o => o.Path.StartsWith(monthPrefix) && o.Path.EndsWith(slugEnd)), cancellationToken);
    }

    private async Task<(PostKind Kind, string Path)?> CurrentAsync(IQueryable<PostOldPath> oldPaths, CancellationToken cancellationToken)
    {
        var post = await oldPaths
            .Join(db.Posts.Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime)), o => o.PostId, p => p.Id, (o, p) => new { p.Kind, p.PublishedLocal, p.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        return post is null ? null : (post.Kind, PostPaths.Of(post.Kind, post.PublishedLocal!.Value, post.Slug));
    }
}
