using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// The link in the confirmation mail: confirms the address, signs the person in and takes them
/// where they were headed (the invitation they signed up from), or straight to creating their
/// site. A link that does not work offers a new one.
/// </summary>
[PlatformPage]
public sealed class ConfirmEmailModel(UserManager<Account> users, SignInManager<Account> signIn) : PageModel
{
    /// <summary>A platform path to land on once confirmed; kept for the new link if this one fails.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(long account, string? code, string? theme)
    {
        var person = await users.FindByIdAsync(account.ToString());
        if (person is null || code is null || !(await users.ConfirmEmailAsync(person, code)).Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await signIn.SignInAsync(person, isPersistent: true);
        var newSite = string.IsNullOrEmpty(theme) ? "/new-site/" : $"/new-site/?theme={Uri.EscapeDataString(theme)}";
        return LocalRedirect(SafeReturn.Path(ReturnUrl, newSite));
    }
}
