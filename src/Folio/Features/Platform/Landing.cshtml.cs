using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Platform;

/// <summary>The platform's front door at the root domain.</summary>
[PlatformPage]
public sealed class LandingModel(FolioDbContext db, IOptions<FolioOptions> options) : PageModel
{
    private const int ListedSites = 20;

    public sealed record ListedSite(string Title, string Tagline, string Url);

    public IReadOnlyList<ListedSite> Sites { get; private set; } = [];
    public string RootDomain => options.Value.RootDomain;

    public async Task OnGetAsync()
    {
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.CreatedAt).Take(ListedSites).ToListAsync(HttpContext.RequestAborted);
        Sites = sites.Select(SiteView.From)
            .Select(site => new ListedSite(site.Title, site.Tagline, HttpContext.SiteUrl(site, "/")))
            .ToList();
    }
}
