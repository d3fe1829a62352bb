using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity.AccountChanges;

/// <summary>
/// <c>/account/password/</c> on the platform: a new password, given the current one (an account
/// that only ever logged in with another service sets its first). The account's other browsers
/// are logged out, as someone who changes a password usually suspects one of them; this browser
/// stays logged in. A notice goes to the address, so that a change the owner did not make is seen.
/// </summary>
[PlatformPage]
[Authorize]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class ChangePasswordModel(
    UserManager<Account> users, SignInManager<Account> signIn, BrowserSessions sessions, SiteAccess access, MailOutbox mail, Localizer T) : PageModel
{
    [BindProperty] public string CurrentPassword { get; set; } = "";
    [BindProperty] public string NewPassword { get; set; } = "";

    /// <summary>False for an account made through another service's login: it has no password to give.</summary>
    public bool HasPassword { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync() => HasPassword = await users.HasPasswordAsync(await MeAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var me = await MeAsync();
        HasPassword = await users.HasPasswordAsync(me);
        if (NewPassword.Length > IdentityFeature.MaxPasswordLength || CurrentPassword.Length > IdentityFeature.MaxPasswordLength)
            return Refuse([IdentityFeature.PasswordTooLong(T)]);
        var result = HasPassword
            ? await users.ChangePasswordAsync(me, CurrentPassword, NewPassword)
            : await users.AddPasswordAsync(me, NewPassword);
        if (!result.Succeeded)
            return Refuse(result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? T["That is not your current password."].Value : e.Description).ToList());

        var thisBrowser = await BrowserSessions.IdOnThisHostAsync(HttpContext);
        await sessions.EndAllButAsync(me.Id, thisBrowser, HttpContext.RequestAborted);
        // The change renewed the account's security stamp: sign this browser in again so its cookie carries the new one.
        await signIn.RefreshSignInAsync(me);
        await mail.SendAsync(new OutgoingMail(me.Email!, T["Your Folio password was changed"],
            $"{T["The password of your Folio account was changed, and your other browsers were logged out."]}\n\n" +
            $"{T["If you did not change it, choose a new one at once:"]}\n{HttpContext.PlatformUrl("/forgot-password/")}\n"), HttpContext.RequestAborted);
        (HasPassword, Notice) = (true, T["Your password is changed. Your other browsers are logged out."]);
        return Page();
    }

    private IActionResult Refuse(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<Account> MeAsync() => await users.FindByIdAsync(access.AccountId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? throw new InvalidOperationException("A signed-in account that does not exist.");
}
