using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Infrastructure;

/// <summary>
/// Output-cache tags. Every cached page of a site carries its site's tag; a post page also
/// carries its post's. A write evicts exactly the tags whose pages it changes.
/// </summary>
public static class CacheTags
{
    public static string Site(long siteId) => $"site:{siteId}";
    public static string Post(long postId) => $"post:{postId}";

    /// <summary>
    /// What any comment of the site changes beyond its own post's pages: the recent comments
    /// widget (Features/Widgets) and the pages that show it. A comment write evicts it with the post's tag.
    /// </summary>
    public static string Comments(long siteId) => $"comments:{siteId}";

    /// <summary>
    /// The count of the site's comments awaiting moderation (Features/Comments): a held comment
    /// changes it and no page, so it is evicted alone; approving, editing and deleting comments
    /// change it through <see cref="Comments"/>.
    /// </summary>
    public static string Moderation(long siteId) => $"moderation:{siteId}";

    /// <summary>Evicts every cached page of the site: listings, archives, feeds and posts.</summary>
    public static ValueTask EvictSiteAsync(this IOutputCacheStore store, long siteId, CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(Site(siteId), cancellationToken);

    /// <summary>Evicts what a comment on the post changes: the post's pages, and the site's recent comments.</summary>
    public static async ValueTask EvictDiscussionAsync(this IOutputCacheStore store, long siteId, long postId, CancellationToken cancellationToken = default)
    {
        await store.EvictByTagAsync(Post(postId), cancellationToken);
        await store.EvictByTagAsync(Comments(siteId), cancellationToken);
    }
}
