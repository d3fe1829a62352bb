using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>
/// <c>/account/application-passwords/</c> on the platform: give a program its own password for
/// the REST API (shown once), see when each was last used and from where, and revoke any or all.
/// </summary>
[PlatformPage]
[Authorize]
public sealed class ApplicationPasswordsModel(UserManager<Account> users, ApplicationPasswordStore passwords, Localizer T) : PageModel
{
    public IReadOnlyList<ApplicationPasswordView> Passwords { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    /// <summary>The password just made, with the name it was given: shown on this answer only.</summary>
    public (string Name, string Password)? Created { get; private set; }

    /// <summary>What a program logs in with, next to the password.</summary>
    public string? Login { get; private set; }

    public async Task OnGetAsync(bool revoked, bool revokedAll)
    {
        Notice = revokedAll ? T["All application passwords revoked."].Value : revoked ? T["Application password revoked."].Value : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostCreateAsync(string? name)
    {
        var given = name?.Trim() ?? "";
        if (given.Length == 0 || given.Length > ApplicationPasswordSecret.NameLength)
        {
            Errors = [T["Give the application password a name of up to {0} characters, such as the app it is for.", ApplicationPasswordSecret.NameLength]];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync();
            return Page();
        }
        // Answered as a page, not a redirect: the password must never sit in a URL or be shown twice.
        Created = (given, await passwords.CreateAsync(AccountId, given, HttpContext.RequestAborted));
        Response.Headers.CacheControl = "no-store";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id)
    {
        await passwords.RevokeAsync(AccountId, id, HttpContext.RequestAborted);
        return RedirectToPage(new { revoked = true });
    }

    public async Task<IActionResult> OnPostRevokeAllAsync()
    {
        await passwords.RevokeAsync(AccountId, passwordId: null, HttpContext.RequestAborted);
        return RedirectToPage(new { revokedAll = true });
    }

    private long AccountId => long.Parse(users.GetUserId(User) ?? throw new InvalidOperationException("An authorised request has an account."), System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadAsync()
    {
        Login = (await users.GetUserAsync(User))?.UserName;
        Passwords = await passwords.OfAsync(AccountId, HttpContext.RequestAborted);
    }
}
