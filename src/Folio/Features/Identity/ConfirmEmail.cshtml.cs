using Folio.Features.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// The link in the confirmation mail: confirms the address, signs the person in and takes them
/// straight to creating their site.
/// </summary>
[PlatformPage]
public sealed class ConfirmEmailModel(UserManager<Account> users, SignInManager<Account> signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long account, string? code, string? theme)
    {
        var person = await users.FindByIdAsync(account.ToString());
        if (person is null || code is null || !(await users.ConfirmEmailAsync(person, code)).Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await signIn.SignInAsync(person, isPersistent: true);
        return LocalRedirect(string.IsNullOrEmpty(theme) ? "/new-site/" : $"/new-site/?theme={Uri.EscapeDataString(theme)}");
    }
}
