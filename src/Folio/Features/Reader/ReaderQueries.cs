using Folio.Data;
using Folio.Features.Follows;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Reader;

/// <summary>One post in the Reader, with the site it belongs to.</summary>
public sealed record ReaderItem(SiteView Site, string Title, string Path, string Excerpt, string AuthorName, DateTime PublishedAt, DateTime PublishedLocal);

/// <summary>A followed site, as the Reader's "Following" list shows it.</summary>
public sealed record FollowedSite(SiteView Site, FollowDelivery Delivery);

/// <summary>
/// The Reader's questions, asked across sites on purpose (platform work for one person): the
/// latest public posts of the sites an account follows, and which sites those are.
/// </summary>
public sealed class ReaderQueries(FolioDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<(IReadOnlyList<ReaderItem> Items, bool HasMore)> LatestAsync(long accountId, int page, CancellationToken cancellationToken)
    {
        // A followed site that went private shows its posts to its members alone.
        var readable = db.SiteIdsReadableBy(accountId, CrossSiteReason.OneAccountsOwnRows);
        var followed = db.Followers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(f => f.AccountId == accountId && readable.Contains(f.SiteId)).Select(f => f.SiteId);
        var rows = await db.Posts.AcrossSites(CrossSiteReason.PublicRowsOfEverySite).AsNoTracking()
            .Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Kind == PostKind.Post && followed.Contains(p.SiteId))
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(p => new { p.SiteId, p.Title, p.Slug, p.Excerpt, Author = p.Author.DisplayName, PublishedAt = p.PublishedAt!.Value, PublishedLocal = p.PublishedLocal!.Value })
            .ToListAsync(cancellationToken);
        var sites = await SitesAsync(rows.Select(r => r.SiteId), cancellationToken);
        var items = rows.Take(PageSize)
            .Select(r => new ReaderItem(sites[r.SiteId], r.Title, PostPaths.Permalink(r.PublishedLocal, r.Slug), r.Excerpt, r.Author, r.PublishedAt, r.PublishedLocal))
            .ToList();
        return (items, rows.Count > PageSize);
    }

    public async Task<IReadOnlyList<FollowedSite>> FollowingAsync(long accountId, CancellationToken cancellationToken)
    {
        var follows = await db.Followers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).AsNoTracking().Where(f => f.AccountId == accountId)
            .Select(f => new { f.SiteId, f.Delivery }).ToListAsync(cancellationToken);
        var sites = await SitesAsync(follows.Select(f => f.SiteId), cancellationToken);
        return follows.Select(f => new FollowedSite(sites[f.SiteId], f.Delivery)).OrderBy(f => f.Site.Title).ToList();
    }

    private async Task<Dictionary<long, SiteView>> SitesAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return (await db.Sites.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, SiteView.From);
    }
}
