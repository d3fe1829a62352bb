using System.Globalization;
using Folio.Data;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>Slugs of the current site's posts, unique among its posts, and among its pages.</summary>
public static class PostSlugs
{
    /// <summary>What a post's slug becomes in the Trash, as in WordPress: its address is free for a new post meanwhile.</summary>
    private const string TrashedSuffix = "__trashed";

    /// <summary>The slug, or the slug with "-2", "-3"… when another post (or page, for a page) of the site has it.</summary>
    public static async Task<string> UniquePostSlugAsync(this FolioDbContext db, PostKind kind, string slug, long postId, CancellationToken cancellationToken)
    {
        if (slug.Length == 0) slug = "post";
        var others = db.Posts.Where(p => p.Id != postId && p.Kind == kind);
        // The usual case, answered by the (site, kind, slug) index; the prefix search below scans, so only a clash pays for it.
        if (!await others.AnyAsync(p => p.Slug == slug, cancellationToken)) return slug;
        var taken = await others.Where(p => p.Slug == slug || p.Slug.StartsWith(slug + "-")).Select(p => p.Slug).ToListAsync(cancellationToken);
        return Slugs.FirstFree(slug, taken);
    }

    /// <summary>
    /// The address of a post whose title has nothing a slug keeps ("???", an emoji): its number, as
    /// in WordPress; a page's is "page-" and its number, since a number alone at the top of a site
    /// is a year's archive.
    /// </summary>
    public static string Numbered(PostKind kind, long postId) =>
        kind == PostKind.Page ? $"page-{postId.ToString(CultureInfo.InvariantCulture)}" : postId.ToString(CultureInfo.InvariantCulture);

    /// <summary>"old-news" becomes "old-news__trashed" (shortened to leave room for a "-2").</summary>
    public static string Trashed(string slug) => slug[..Math.Min(slug.Length, Slugs.MaxLength - TrashedSuffix.Length - 6)] + TrashedSuffix;

    /// <summary>The slug a trashed post had before: "old-news__trashed-2" is "old-news" again.</summary>
    public static string Untrashed(string slug) => slug.LastIndexOf(TrashedSuffix, StringComparison.Ordinal) is var at and > 0 ? slug[..at] : slug;
}
