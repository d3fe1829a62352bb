using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Platform;

/// <summary>The platform's front door at the root domain: "Get started", or your sites once signed in.</summary>
[PlatformPage]
public sealed class LandingModel(FolioDbContext db, SiteAccess access) : PageModel
{
    private const int ListedSites = 20;

    public sealed record ListedSite(string Slug, string Title, string Tagline, string Url);

    public IReadOnlyList<ListedSite> Sites { get; private set; } = [];

    /// <summary>The signed-in person's sites, or null for a visitor.</summary>
    public IReadOnlyList<ListedSite>? MySites { get; private set; }

    public async Task OnGetAsync()
    {
        // Only public sites are listed (a deleted one is nobody's to read); a person's own sites, whatever their visibility, are listed apart.
        Sites = List(await db.Sites.AsNoTracking().Where(SiteReaders.OpenToEveryone).OrderBy(s => s.CreatedAt).Take(ListedSites).ToListAsync(HttpContext.RequestAborted));
        if (access.AccountId is { } accountId)
        {
            // Platform work across sites, narrowed to this account's own memberships.
            MySites = List(await db.SiteMembers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(m => m.AccountId == accountId)
                .Join(db.Sites, m => m.SiteId, s => s.Id, (_, s) => s)
                .OrderBy(s => s.Title).ToListAsync(HttpContext.RequestAborted));
        }
    }

    private List<ListedSite> List(IEnumerable<Site> sites) => sites.Select(SiteView.From)
        .Select(site => new ListedSite(site.Slug, site.Title, site.Tagline, HttpContext.SiteUrl(site, "/")))
        .ToList();
}
