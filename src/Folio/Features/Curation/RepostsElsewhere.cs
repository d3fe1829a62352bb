using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Curation;

/// <summary>Another site's repost of the same article, as "Also reported by" names it.</summary>
public sealed record RepostElsewhere(SiteView Site, string Path);

/// <summary>
/// The one read of curation across sites: the platform's other reposts of the same article (by
/// its normalised address), for a repost's "Also reported by". Asked past the site filter on
/// purpose, and narrowly: only posts anyone may read now (published, no password, on a public site), and of them
/// only their site and address.
/// </summary>
public sealed class RepostsElsewhere(FolioDbContext db, TimeProvider clock)
{
    /// <summary>More would be a list of the platform, not a line under a post.</summary>
    private const int Limit = 10;

    /// <summary>Public reposts of these articles on sites other than <paramref name="siteId"/>, earliest first.</summary>
    public async Task<IReadOnlyList<RepostElsewhere>> PublicAsync(IReadOnlyCollection<string> urlHashes, long siteId, CancellationToken cancellationToken)
    {
        var publicSites = db.PublicSiteIds();
        var readable = db.Posts.AcrossSites(CrossSiteReason.PublicRowsOfEverySite)
            .Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Kind == PostKind.Post && p.Password == null && publicSites.Contains(p.SiteId));
        var reposts = await Others(urlHashes, siteId)
            .Join(readable, o => new { o.SiteId, Id = o.PostId }, p => new { p.SiteId, p.Id }, (o, p) => new { p.SiteId, p.Slug, PublishedAt = p.PublishedAt!.Value, PublishedLocal = p.PublishedLocal!.Value })
            .OrderBy(r => r.PublishedAt).Take(Limit)
            .ToListAsync(cancellationToken);
        var siteIds = reposts.Select(r => r.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, SiteView.From, cancellationToken);
        return reposts.Select(r => new RepostElsewhere(sites[r.SiteId], PostPaths.Permalink(r.PublishedLocal, r.Slug))).ToList();
    }

    /// <summary>Other sites' reposts of the article, whatever their state: the posts whose pages name this site's repost once it is public.</summary>
    public async Task<IReadOnlyList<long>> PostIdsAsync(string urlHash, long siteId, CancellationToken cancellationToken) =>
        await Others([urlHash], siteId).Select(o => o.PostId).ToListAsync(cancellationToken);

    private IQueryable<CuratedOriginal> Others(IReadOnlyCollection<string> urlHashes, long siteId) =>
        db.CuratedOriginals.AcrossSites(CrossSiteReason.PublicRowsOfEverySite).AsNoTracking().Where(o => urlHashes.Contains(o.UrlHash) && o.SiteId != siteId);
}
