using Folio.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Curation;

/// <summary>
/// Claims a story for one repost. The same article (by URL) is settled by a unique key; the same
/// story told at another address (nearly the same text) has no key to settle it, so the check
/// for it and the claim happen in one step that importers of the same site take one at a time:
/// a site-wide lock (<see cref="SiteTransactionLocks"/>).
/// </summary>
public sealed class StoryClaims(FolioDbContext db, IOptions<CurationOptions> options)
{
    public const string SameArticle = "the same article";
    public const string SameStory = "the same story (nearly the same text)";

    /// <summary>Null when the story is claimed for this repost; else the earlier repost of it, and how it is the same.</summary>
    public sealed record Earlier(CuratedOriginal Original, string What);

    public async Task<Earlier?> ClaimAsync(CuratedOriginal original, long siteId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.HoldForTransactionAsync(SiteLock.StoryClaim, siteId, cancellationToken);
        if (original.SimHash != 0 && await SameStoryAsync(original.SimHash, original.CreatedAt, cancellationToken) is { } sameStory)
            return new Earlier(sameStory, SameStory);
        db.CuratedOriginals.Add(original);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException taken) when (UniqueViolation.Is(taken))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.Entry(original).State = EntityState.Detached;
            return new Earlier(await db.CuratedOriginals.AsNoTracking().FirstAsync(o => o.UrlHash == original.UrlHash, cancellationToken), SameArticle);
        }
    }

    /// <summary>A repost of the site from the last days whose text is nearly this one's.</summary>
    public async Task<CuratedOriginal?> SameStoryAsync(long fingerprint, DateTime now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-options.Value.NearDuplicateDays);
        // A site reposts tens of stories a day: a month of fingerprints is small enough to compare here.
        var recent = await db.CuratedOriginals.AsNoTracking()
            .Where(o => o.CreatedAt >= since && o.SimHash != 0)
            .OrderByDescending(o => o.CreatedAt)
            .Select(o => new CuratedOriginal { Id = o.Id, PostId = o.PostId, Url = o.Url, SimHash = o.SimHash })
            .ToListAsync(cancellationToken);
        return recent.FirstOrDefault(o => SimHash.AreSameStory(o.SimHash, fingerprint));
    }
}
