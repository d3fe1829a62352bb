using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>Mails a reset link; answers the same whether or not the email has an account.</summary>
[PlatformPage]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class ForgotPasswordModel(UserManager<Account> users, MailOutbox mail) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email.Trim();
        if (await users.FindByEmailAsync(Email) is { } account)
        {
            var code = await users.GeneratePasswordResetTokenAsync(account);
            var link = HttpContext.PlatformUrl($"/reset-password/?account={account.Id}&code={Uri.EscapeDataString(code)}");
            await mail.SendAsync(new OutgoingMail(Email, "Reset your Folio password",
                $"Choose a new password for your Folio account:\n{link}\n\nIf you did not ask for this, ignore this mail; your password stays as it is.\n"));
        }
        Sent = true;
        return Page();
    }
}
