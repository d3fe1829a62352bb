using Folio.Features.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>The link in the reset mail: sets a new password, which also ends other sessions (new security stamp).</summary>
[PlatformPage]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class ResetPasswordModel(UserManager<Account> users) : PageModel
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
            Errors = [$"A password can be at most {IdentityFeature.MaxPasswordLength} characters long."];
            return Page();
        }
        var person = await users.FindByIdAsync(Account.ToString());
        var result = person is null ? null : await users.ResetPasswordAsync(person, Code, Password);
        if (result is not { Succeeded: true })
        {
            Errors = result?.Errors.Select(e => e.Description).ToList() ?? ["This reset link is wrong or too old; ask for a new one."];
            return Page();
        }
        return LocalRedirect("/login/");
    }
}
