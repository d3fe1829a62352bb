using System.Linq.Expressions;

namespace Folio.Features.Posts;

/// <summary>The one rule for which posts the public may see (pages, feeds, search, sitemap).</summary>
public static class PostVisibility
{
    /// <summary>
    /// Published, or scheduled and due: a scheduled post is public the moment its time comes,
    /// even before the scheduler has flipped its status and evicted cached pages.
    /// </summary>
    public static Expression<Func<Post, bool>> IsPublicAt(DateTime utcNow) =>
        post => post.Status != PostStatus.Draft && post.PublishedAt != null && post.PublishedAt <= utcNow;
}
