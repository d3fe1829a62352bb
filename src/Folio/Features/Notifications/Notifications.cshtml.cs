using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Notifications;

/// <summary><c>/admin/notifications/</c>: what happened on this site for the signed-in blogger (likes, follows, comments), newest first.</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Member)]
public sealed class NotificationsModel(FolioDbContext db, SiteAccess access, TimeProvider clock) : PageModel
{
    private const int Shown = 50;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync() =>
        Items = await db.Notifications.AsNoTracking().Where(n => n.AccountId == access.AccountId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Shown).ToListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostReadAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.AccountId == access.AccountId && n.ReadAt == null)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, now), HttpContext.RequestAborted);
        return RedirectToPage();
    }
}
