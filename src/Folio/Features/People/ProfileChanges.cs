using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>
/// What a change of how a person appears (name, bio, picture) changes beyond their own profile: the
/// cached pages, and the widgets' read model with them, of the sites they are a member of, whose
/// bylines and "about the author" widget show them (principle 3). Only those sites are evicted.
/// </summary>
public sealed class ProfileChanges(FolioDbContext db, IOutputCacheStore cache)
{
    /// <summary>Evicts the member sites' pages; call it once the change is saved, so no page is rendered again from the old one.</summary>
    public async Task EvictMemberSitesAsync(long accountId, CancellationToken cancellationToken)
    {
        var siteIds = await db.SiteMembers.AcrossSites(CrossSiteReason.OneAccountsOwnRows)
            .Where(m => m.AccountId == accountId).Select(m => m.SiteId).ToListAsync(cancellationToken);
        foreach (var siteId in siteIds) await cache.EvictSiteAsync(siteId, cancellationToken);
    }
}
