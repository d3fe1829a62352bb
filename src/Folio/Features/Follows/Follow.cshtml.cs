using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;
using Folio.Features.Mail;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Follows;

/// <summary>
/// <c>/follow/</c>: where the "Follow" button of a cached page leads. A signed-in reader follows
/// with one click (their new posts appear in the Reader); a guest gives an email address and
/// confirms it (double opt-in) to get each new post by mail.
/// </summary>
[SitePage]
public sealed class FollowModel(FollowSiteHandler follows, ManageFollowsHandler manage, FollowerQueries followers, SubscribeHandler subscribe, SiteAccess access, CurrentSite currentSite, Localizer T) : PageModel
{
    public string SiteTitle => currentSite.Required.Title;
    public bool SignedIn => access.AccountId is not null;
    public bool Following { get; private set; }
    public string? Notice { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [BindProperty] public string Email { get; set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(bool follow = true)
    {
        if (access.AccountId is { } accountId)
        {
            if (follow) await follows.FollowAsync(accountId, HttpContext.SiteUrl, HttpContext.RequestAborted);
            else await manage.UnfollowAsync(accountId, currentSite.Required.Id, HttpContext.RequestAborted);
            return LocalRedirect(SafeReturn.Path(Request.Form["returnUrl"], "/follow/"));
        }

        Email = Email.Trim();
        if (!EmailAddresses.IsValid(Email))
        {
            Errors = [T[EmailAddresses.Problem]];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            await subscribe.ToPostsAsync(Email, null, HttpContext.SiteUrl, HttpContext.RequestAborted);
            Notice = T["Almost done: we sent a mail to {0}. Open the link in it to confirm, and new posts will follow.", Email];
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        if (access.AccountId is { } accountId) Following = await followers.FollowsAsync(accountId, HttpContext.RequestAborted);
    }
}
