using Folio.Features.Follows;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Reader;

/// <summary><c>/reader/following/</c>: the sites a person follows, how each one's posts reach them, and "Unfollow".</summary>
[PlatformPage]
[Authorize]
public sealed class FollowingModel(ReaderQueries reader, ManageFollowsHandler manage, SiteAccess access, Localizer T) : PageModel
{
    public IReadOnlyList<FollowedSite> Sites { get; private set; } = [];
    public string? Notice { get; private set; }

    /// <summary>How a choice of delivery reads in the list.</summary>
    public string Label(FollowDelivery delivery) => delivery switch
    {
        FollowDelivery.ReaderOnly => T["In the Reader only"],
        FollowDelivery.Instant => T["By email, as each post appears"],
        FollowDelivery.Daily => T["By email, a daily digest"],
        _ => T["By email, a weekly digest"],
    };

    public async Task OnGetAsync() => Sites = await reader.FollowingAsync(access.AccountId!.Value, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostDeliveryAsync(long siteId, FollowDelivery delivery)
    {
        if (!Enum.IsDefined(delivery)) return BadRequest();
        await manage.ChooseDeliveryAsync(access.AccountId!.Value, siteId, delivery, HttpContext.RequestAborted);
        Notice = T["Saved."];
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUnfollowAsync(long siteId)
    {
        await manage.UnfollowAsync(access.AccountId!.Value, siteId, HttpContext.RequestAborted);
        Notice = T["Unfollowed."];
        await OnGetAsync();
        return Page();
    }
}
