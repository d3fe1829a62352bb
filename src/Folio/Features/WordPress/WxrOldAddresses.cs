using System.Globalization;
using Folio.Features.Posts;
using Folio.Infrastructure;

namespace Folio.Features.WordPress;

/// <summary>
/// A post's old addresses (<see cref="PostOldPath"/>) as WordPress keeps them, each way:
/// <c>_wp_old_slug</c> (a slug the post had, which WordPress matches with its date now) and
/// <c>_wp_old_date</c> (a date it had, yyyy-mm-dd, matched with its slug now); either may repeat.
/// They become old addresses rather than custom fields: WordPress keeps them for its own
/// bookkeeping, as every "_" field, and the export writes them back from the old addresses.
/// </summary>
public static class WxrOldAddresses
{
    public const string OldSlugKey = "_wp_old_slug";
    public const string OldDateKey = "_wp_old_date";
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The addresses the imported post had on WordPress, other than the one it has here.</summary>
    public static IEnumerable<string> Import(WxrItem item, PostKind kind, DateTime publishedLocal, string slug)
    {
        var oldSlugs = item.Meta.Where(m => m.Key == OldSlugKey).Select(m => WxrElements.DecodeSlug(m.Value)).Where(s => s.Length is > 0 and <= Slugs.MaxLength)
            .Select(oldSlug => PostPaths.Of(kind, publishedLocal, oldSlug));
        var oldDates = item.Meta.Where(m => m.Key == OldDateKey)
            .Select(m => DateTime.TryParseExact(m.Value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateTime?)null)
            .OfType<DateTime>()
            .Select(date => PostPaths.Of(kind, date, slug));
        var current = PostPaths.Of(kind, publishedLocal, slug);
        return oldSlugs.Concat(oldDates).Where(path => path != current).Distinct();
    }

    /// <summary>
    /// The post's old addresses as WordPress's fields: one that differs from where it is now only
    /// in the slug, or (a post) only in the date. One that differs in both, or that the post had
    /// as the other kind, has no such field and stays behind.
    /// </summary>
    public static IEnumerable<WxrMeta> Export(Post post, IEnumerable<string> oldPaths)
    {
        if (post.PublishedLocal is not { } date) yield break;
        foreach (var path in oldPaths)
        {
            var segments = path.Trim('/').Split('/');
            var oldSlug = Uri.UnescapeDataString(segments[^1]);
            if (PostPaths.Of(post.Kind, date, oldSlug) == path) yield return new(OldSlugKey, WxrWriter.Slug(oldSlug));
            else if (post.Kind == PostKind.Post && segments is [var year, var month, var day, _] && oldSlug == post.Slug)
                yield return new(OldDateKey, $"{year}-{month}-{day}");
        }
    }
}
