using System.Globalization;
using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// "Get started": an email and a password make an account, confirmed by a link in the mail. The
/// answer is the same whether or not the email already has an account, so the page never tells
/// a stranger who is registered: the password is judged before the email is looked up, and the
/// owner of a confirmed account gets a mail saying so instead (once an hour at most, so that
/// signing up again and again fills nobody's inbox). Signing up again before confirming starts
/// over: the new password, and a new link (earlier links stop working, so only the latest
/// sign-up's password is ever confirmed).
/// </summary>
[PlatformPage]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class SignupModel(CreateAccountHandler createAccount, UserManager<Account> users, ConfirmationMail confirmation, MailOutbox mail,
    PasswordCheckForNobody nobody, IdentityRateLimits rateLimits, Localizer T) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }

    /// <summary>A platform path to land on once the email is confirmed (the invitation the person signed up from).</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Filled in from the address when an invitation names it.</summary>
    [BindProperty(SupportsGet = true)] public string Email { get; set; } = "";

    [BindProperty] public string Password { get; set; } = "";

    public bool Sent { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() { }

    /// <summary>
    /// The language the page was shown in (the browser's, as far as Folio speaks it), kept on
    /// the account: mails sent later, away from any browser, are written in it, and so is the
    /// dashboard wherever the person signs in. They may change it on their account page.
    /// </summary>
    private static string SignupLanguage => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email.Trim();
        if (await rateLimits.MailRequestAsync(HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted) is { } wait)
        {
            Errors = [T.Plural(RateLimits.Refuse(Response, wait), "Too many tries in a short time. Please wait {0} second, then try again.", "Too many tries in a short time. Please wait {0} seconds, then try again.")];
            return Page();
        }
        if (await PasswordProblemsAsync() is { Count: > 0 } problems)
        {
            Errors = problems;
            return Page();
        }
        var existing = await users.FindByEmailAsync(Email);
        if (existing is { EmailConfirmed: true })
        {
            // The work of a new account's password hash, so that the time tells nothing either.
            nobody.Check(Password);
            if (await rateLimits.SignupNoticeMayGoToAsync(Email, HttpContext.RequestAborted))
                await mail.SendAsync(new OutgoingMail(Email, T["Someone tried to sign up with your email"],
                    $"{T["Someone (perhaps you) tried to create a Folio account with this address, which already has one."]}\n\n" +
                    $"{T["Log in:"]}\n{HttpContext.PlatformUrl(LoginModel.PathReturningTo(ReturnUrl))}\n\n{T["Forgot your password? Reset it:"]}\n{HttpContext.PlatformUrl("/forgot-password/")}\n"));
            Sent = true;
            return Page();
        }

        var created = existing is null
            ? await createAccount.HandleAsync(new CreateAccount(Email, Password, EmailConfirmed: false, Language: SignupLanguage))
            : await StartOverAsync(existing);
        if (created.Account is not { } account)
        {
            Errors = created.Errors;
            return Page();
        }
        await confirmation.SendAsync(account, HttpContext, Theme, ReturnUrl);
        Sent = true;
        return Page();
    }

    /// <summary>What is wrong with the password, judged alone: the same for every email.</summary>
    private async Task<IReadOnlyList<string>> PasswordProblemsAsync()
    {
        if (Password.Length > IdentityFeature.MaxPasswordLength) return [IdentityFeature.PasswordTooLong(T)];
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new Account(), Password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }
        return problems;
    }

    /// <summary>An account still waiting for its confirmation takes the password of this sign-up; its earlier links die with the old password.</summary>
    private async Task<CreateAccountResult> StartOverAsync(Account account)
    {
        var result = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), Password);
        return result.Succeeded ? new CreateAccountResult(account, []) : new CreateAccountResult(null, result.Errors.Select(e => e.Description).ToList());
    }
}
