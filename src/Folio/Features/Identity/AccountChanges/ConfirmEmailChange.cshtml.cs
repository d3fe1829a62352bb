using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity.AccountChanges;

/// <summary>
/// The link mailed to a new address (<see cref="ChangeEmailModel"/>): following it moves the
/// account to that address. The link itself is the proof (Identity's change-email token, bound
/// to the account and the address); a browser logged in to the account stays logged in.
/// </summary>
[PlatformPage]
public sealed class ConfirmEmailChangeModel(UserManager<Account> users, SignInManager<Account> signIn, SiteAccess access, Localizer T) : PageModel
{
    public string? Changed { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long account, string? email, string? code)
    {
        var person = await users.FindByIdAsync(account.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (person is null || email is null || code is null)
            return Refuse(T["This link is wrong or too old. Ask for a new one on your account page."]);
        var result = await users.ChangeEmailAsync(person, email, code);
        if (!result.Succeeded)
            return Refuse(result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail))
                ? T["Another Folio account uses that address now, so yours was not changed."]
                : T["This link is wrong or too old. Ask for a new one on your account page."]);
        // The change renewed the account's security stamp: this browser, if it is the account's, keeps its session.
        if (access.AccountId == person.Id) await signIn.RefreshSignInAsync(person);
        Changed = email;
        return Page();
    }

    private IActionResult Refuse(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
