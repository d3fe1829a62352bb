using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// The link in the reset mail: sets a new password, which ends every session of the account, in
/// every browser (as WordPress does), and sends the person to log in with it.
/// </summary>
[PlatformPage]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class ResetPasswordModel(UserManager<Account> users, BrowserSessions sessions, Localizer T) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Account { get; set; }
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password.Length > IdentityFeature.MaxPasswordLength)
        {
            Errors = [IdentityFeature.PasswordTooLong(T)];
            return Page();
        }
        if (await users.FindByIdAsync(Account.ToString()) is not { } person)
        {
            Errors = [T["This reset link is wrong or too old; ask for a new one."]];
            return Page();
        }
        var result = await users.ResetPasswordAsync(person, Code, Password);
        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(e => e.Description).ToList();
            return Page();
        }
        await sessions.EndAllAsync(person.Id, HttpContext.RequestAborted);
        return LocalRedirect(LoginModel.WithNotice(LoginNotice.PasswordChanged));
    }
}
