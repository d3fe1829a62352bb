using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// Logs out. A new security stamp ends the account's sessions on every host (each is checked
/// against the stamp within <c>Folio:Login:SessionCheckInterval</c>), not only this one.
/// A state change, so only by POST with an antiforgery token.
/// </summary>
public sealed class LogoutModel(SignInManager<Account> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } account) await signIn.UserManager.UpdateSecurityStampAsync(account);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
