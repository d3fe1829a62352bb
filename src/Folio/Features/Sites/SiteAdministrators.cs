using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

public static class SiteAdministrators
{
    /// <summary>
    /// The site's longest-serving administrator: the author of what background work and the
    /// command line add to the site (curated reposts, imported posts) when no person is signed in.
    /// </summary>
    public static async Task<long?> FirstAsync(FolioDbContext db, CancellationToken cancellationToken) =>
        await db.SiteMembers.Where(m => m.Role == SiteRole.Administrator)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.AccountId)
            .Select(m => (long?)m.AccountId).FirstOrDefaultAsync(cancellationToken);
}
