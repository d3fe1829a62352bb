using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// "Get started": an email and a password make an account, confirmed by a link in the mail. The
/// answer is the same whether or not the email already has an account, so the page never tells
/// a stranger who is registered; the owner of an existing account gets a mail saying so instead.
/// </summary>
[PlatformPage]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class SignupModel(CreateAccountHandler createAccount, UserManager<Account> users, MailOutbox mail) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";

    public bool Sent { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email.Trim();
        var existing = await users.FindByEmailAsync(Email);
        if (existing is not null)
        {
            await mail.SendAsync(new OutgoingMail(Email, "Someone tried to sign up with your email",
                $"Someone (perhaps you) tried to create a Folio account with this address, which already has one.\n\n" +
                $"Log in:\n{HttpContext.PlatformUrl("/login/")}\n\nForgot your password? Reset it:\n{HttpContext.PlatformUrl("/forgot-password/")}\n"));
            Sent = true;
            return Page();
        }

        var created = await createAccount.HandleAsync(new CreateAccount(Email, Password, EmailConfirmed: false));
        if (created.Account is not { } account)
        {
            Errors = created.Errors;
            return Page();
        }
        var code = await users.GenerateEmailConfirmationTokenAsync(account);
        var link = HttpContext.PlatformUrl($"/confirm-email/?account={account.Id}&code={Uri.EscapeDataString(code)}&theme={Uri.EscapeDataString(Theme ?? "")}");
        await mail.SendAsync(new OutgoingMail(Email, "Confirm your email to start your Folio site",
            $"Welcome to Folio!\n\nConfirm your email address to finish creating your account:\n{link}\n\nIf you did not sign up, ignore this mail and nothing will happen.\n"));
        Sent = true;
        return Page();
    }
}
