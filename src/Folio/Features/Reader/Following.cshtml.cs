using Folio.Features.Follows;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Reader;

/// <summary><c>/reader/following/</c>: the sites a person follows, how each one's posts reach them, and "Unfollow".</summary>
[PlatformPage]
[Authorize]
public sealed class FollowingModel(ReaderQueries reader, ManageFollowsHandler manage, SiteAccess access) : PageModel
{
    public IReadOnlyList<FollowedSite> Sites { get; private set; } = [];
    public string? Notice { get; private set; }

    public static string Label(FollowDelivery delivery) => delivery switch
    {
        FollowDelivery.ReaderOnly => "In the Reader only",
        FollowDelivery.Instant => "By email, as each post appears",
        FollowDelivery.Daily => "By email, a daily digest",
        _ => "By email, a weekly digest",
    };

    public async Task OnGetAsync() => Sites = await reader.FollowingAsync(access.AccountId!.Value, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostDeliveryAsync(long siteId, FollowDelivery delivery)
    {
        if (!Enum.IsDefined(delivery)) return BadRequest();
        await manage.ChooseDeliveryAsync(access.AccountId!.Value, siteId, delivery, HttpContext.RequestAborted);
        Notice = "Saved.";
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUnfollowAsync(long siteId)
    {
        await manage.UnfollowAsync(access.AccountId!.Value, siteId, HttpContext.RequestAborted);
        Notice = "Unfollowed.";
        await OnGetAsync();
        return Page();
    }
}
