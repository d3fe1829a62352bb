using Folio.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// Logs this browser out: its session ends at once, on this host and on every other host it
/// borrowed the login on (each asks on every request whether its session lives). The
/// account's other browsers stay logged in; the account page ends those. A state change, so
/// only by POST with an antiforgery token.
/// </summary>
public sealed class LogoutModel(SignInManager<Account> signIn, BrowserSessions sessions, SiteAccess access) : PageModel
{
    public void OnGet() { }

    /// <param name="returnUrl">Where to go afterwards (the post whose comment form logged out); by default the login page, which says it is done.</param>
    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (access.AccountId is { } accountId && await BrowserSessions.IdOnThisHostAsync(HttpContext) is { } session)
            await sessions.EndAsync(accountId, session, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        return LocalRedirect(SafeReturn.Path(returnUrl, LoginModel.WithNotice(LoginNotice.LoggedOut)));
    }
}
