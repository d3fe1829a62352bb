using Folio.Data;
using Folio.Features.Platform;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>
/// <c>/people/{handle}/</c> on the platform: who an account is (name, picture, bio) and the sites
/// it runs. Where a liker's avatar leads when the liker has no site of their own. None for a
/// deleted account.
/// </summary>
[PlatformPage]
public sealed class ProfileModel(FolioDbContext db, PersonDirectory people) : PageModel
{
    public sealed record ListedSite(string Title, string Url);

    public string Name { get; private set; } = "";
    public string Bio { get; private set; } = "";
    public string AvatarUrl { get; private set; } = "";
    public IReadOnlyList<ListedSite> Sites { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string handle)
    {
        // A deleted account has no public face while it waits to be removed; a restore brings it back.
        var account = await db.Users.AsNoTracking().Where(a => a.UserName == handle && a.DeleteAfter == null)
            .Select(a => new { a.Id, a.DisplayName, a.Bio, a.AvatarUrl }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (account is null) return NotFound();

        var sites = (await people.AdministeredSitesAsync([account.Id], HttpContext.RequestAborted)).GetValueOrDefault(account.Id) ?? [];
        Sites = sites.Select(site => new ListedSite(site.Title, HttpContext.SiteUrl(site, "/"))).ToList();
        Name = account.DisplayName;
        Bio = account.Bio;
        AvatarUrl = AccountAvatar.Url(account.Id, account.AvatarUrl, Sites.FirstOrDefault()?.Url);
        return Page();
    }
}
