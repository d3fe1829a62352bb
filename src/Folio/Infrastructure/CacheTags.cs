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

    /// <summary>Evicts every cached page of the site: listings, archives, feeds and posts.</summary>
    public static ValueTask EvictSiteAsync(this IOutputCacheStore store, long siteId, CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(Site(siteId), cancellationToken);
}
