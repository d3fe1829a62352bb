using System.Linq.Expressions;
using Folio.Data;

namespace Folio.Features.Sites;

/// <summary>
/// Which sites a person may read, for the platform's questions across sites (the site list, the
/// Reader, reposts elsewhere, mails to followers): public sites, and any site of which the person
/// is a member or an invited reader (<see cref="SiteViewer"/>). A private or coming-soon site shows strangers nothing (SiteVisibilityGate), so
/// nothing across sites may show them its posts either; a deleted site shows nobody anything
/// (DeletedSiteGate), not even its members.
/// </summary>
public static class SiteReaders
{
    /// <summary>Whether anyone may read the site: public, and not deleted.</summary>
    public static readonly Expression<Func<Site, bool>> OpenToEveryone = s => s.Visibility == SiteVisibility.Public && s.DeleteAfter == null;

    /// <summary>The sites anyone may read.</summary>
    public static IQueryable<long> PublicSiteIds(this FolioDbContext db) => db.Sites.Where(OpenToEveryone).Select(s => s.Id);

    /// <summary>
    /// The sites <paramref name="accountId"/> may read: the public ones, their own and those they
    /// were invited to read (null, a follower by email alone, gets the public ones). Membership is
    /// read across sites for the given reason.
    /// </summary>
    public static IQueryable<long> SiteIdsReadableBy(this FolioDbContext db, long? accountId, CrossSiteReason reason) =>
        db.Sites.Where(s => s.DeleteAfter == null
                && (s.Visibility == SiteVisibility.Public
                    || db.SiteMembers.AcrossSites(reason).Any(m => m.SiteId == s.Id && m.AccountId == accountId)
                    || db.SiteViewers.AcrossSites(reason).Any(v => v.SiteId == s.Id && v.AccountId == accountId)))
            .Select(s => s.Id);
}
