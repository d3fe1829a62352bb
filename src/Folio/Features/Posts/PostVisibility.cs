using System.Linq.Expressions;
using Folio.Infrastructure;

namespace Folio.Features.Posts;

/// <summary>The one rule for which posts the public may see (pages, feeds, search, sitemap).</summary>
public static class PostVisibility
{
    /// <summary>
    /// Published, or scheduled and due: a scheduled post is public the moment its time comes,
    /// even before the scheduler has flipped its status and evicted cached pages. Drafts and
    /// posts in the Trash keep their publication date (to publish or restore with), so the
    /// status decides, not the date alone. The moment is an argument so that a compiled query
    /// can take it as one of its own (<see cref="QueryRules.Holds"/>).
    /// </summary>
    public static readonly Expression<Func<Post, DateTime, bool>> IsPublic =
        (post, utcNow) => (post.Status == PostStatus.Published || post.Status == PostStatus.Scheduled)
            && post.PublishedAt != null && post.PublishedAt <= utcNow;

    /// <summary><see cref="IsPublic"/> at the given moment, for ordinary LINQ (the moment is sent as a query parameter).</summary>
    public static Expression<Func<Post, bool>> IsPublicAt(DateTime utcNow) => QueryRules.Bind(IsPublic, utcNow);

    private static readonly Func<Post, DateTime, bool> IsPublicCompiled = IsPublic.Compile();

    /// <summary><see cref="IsPublic"/> for a post in hand.</summary>
    public static bool IsPublicNow(Post post, DateTime utcNow) => IsPublicCompiled(post, utcNow);
}
