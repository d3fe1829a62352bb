using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// Mails a reset link; answers the same whether or not the email has an account. Nobody can fill
/// an inbox with it: one address may ask a few times a minute (<c>Folio:LoginsPerMinute</c>), and
/// one inbox gets a few links an hour (<c>Folio:MailsPerRecipientPerHour</c>), counted whether or
/// not it has an account, so that the count tells nothing either. Every link sent stays good, so
/// an owner whose inbox was flooded has a working one among them.
/// </summary>
[PlatformPage]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class ForgotPasswordModel(UserManager<Account> users, MailOutbox mail, IdentityRateLimits rateLimits, Localizer T) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    public bool Sent { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email.Trim();
        if (await rateLimits.MailRequestAsync(HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted) is { } wait)
        {
            Errors = [T.Plural(RateLimits.Refuse(Response, wait), "Too many tries in a short time. Please wait {0} second, then ask again.", "Too many tries in a short time. Please wait {0} seconds, then ask again.")];
            return Page();
        }
        if (await rateLimits.ResetMailMayGoToAsync(Email, HttpContext.RequestAborted) && await users.FindByEmailAsync(Email) is { } account)
        {
            var code = await users.GeneratePasswordResetTokenAsync(account);
            var link = HttpContext.PlatformUrl($"/reset-password/?account={account.Id}&code={Uri.EscapeDataString(code)}");
            await mail.SendAsync(new OutgoingMail(Email, T["Reset your Folio password"],
                $"{T["Choose a new password for your Folio account:"]}\n{link}\n\n{T["If you did not ask for this, ignore this mail; your password stays as it is."]}\n"));
        }
        Sent = true;
        return Page();
    }
}
