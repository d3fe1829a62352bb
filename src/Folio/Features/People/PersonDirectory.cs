using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>Finds accounts and the sites they run, across the platform (accounts belong to no one site).</summary>
public sealed class PersonDirectory(FolioDbContext db, IHttpContextAccessor http)
{
    /// <summary>The people with these ids, each linking to the first site they administer or to their profile.</summary>
    public async Task<IReadOnlyDictionary<long, PersonView>> ByIdAsync(IReadOnlyCollection<long> accountIds, CancellationToken cancellationToken)
    {
        if (accountIds.Count == 0) return new Dictionary<long, PersonView>();
        var accounts = await db.Users.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.DisplayName, a.UserName, a.AvatarUrl }).ToListAsync(cancellationToken);
        var homes = await AdministeredSitesAsync(accountIds, cancellationToken);
        var context = http.HttpContext ?? throw new InvalidOperationException("Links to people are made while answering a request.");
        return accounts.ToDictionary(a => a.Id, a =>
        {
            var siteUrl = homes.TryGetValue(a.Id, out var sites) ? context.SiteUrl(sites[0], "/") : null;
            return new PersonView(a.Id, a.DisplayName, AccountAvatar.Url(a.Id, a.AvatarUrl, siteUrl), siteUrl ?? context.PlatformUrl(ProfilePath(a.UserName!)));
        });
    }

    /// <summary>The sites each account administers, oldest first.</summary>
    public async Task<IReadOnlyDictionary<long, List<SiteView>>> AdministeredSitesAsync(IReadOnlyCollection<long> accountIds, CancellationToken cancellationToken)
    {
        // Platform-wide, narrowed to these accounts' own memberships.
        var rows = await db.SiteMembers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).AsNoTracking()
            .Where(m => accountIds.Contains(m.AccountId) && m.Role == SiteRole.Administrator)
            .Join(db.Sites, m => m.SiteId, s => s.Id, (m, s) => new { m.AccountId, Site = s })
            .OrderBy(r => r.Site.CreatedAt).ThenBy(r => r.Site.Id)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AccountId).ToDictionary(g => g.Key, g => g.Select(r => SiteView.From(r.Site)).ToList());
    }

    /// <summary>The platform path of an account's public profile.</summary>
    public static string ProfilePath(string handle) => $"/people/{Uri.EscapeDataString(handle)}/";
}
