using Folio.Features.Mail;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace Folio.Features.Identity;

/// <summary>
/// The mail with the link that confirms a new account's email address, sent at sign-up and
/// again on request. The link goes to the platform and on to where the person was headed (the
/// invitation they signed up from), or, by default, to creating their site.
/// </summary>
public sealed class ConfirmationMail(UserManager<Account> users, MailOutbox mail, Localizer T)
{
    /// <param name="account">The unconfirmed account.</param>
    /// <param name="context">The request, for the platform's address.</param>
    /// <param name="theme">The design chosen for the site to be created, if any.</param>
    /// <param name="returnUrl">A platform path to land on once confirmed, if not site creation.</param>
    public async Task SendAsync(Account account, HttpContext context, string? theme, string? returnUrl)
    {
        var code = await users.GenerateEmailConfirmationTokenAsync(account);
        var link = $"/confirm-email/?account={account.Id}&code={Uri.EscapeDataString(code)}&theme={Uri.EscapeDataString(theme ?? "")}";
        if (!string.IsNullOrEmpty(returnUrl)) link += $"&returnUrl={Uri.EscapeDataString(SafeReturn.Path(returnUrl))}";
        await mail.SendAsync(new OutgoingMail(account.Email!, T["Confirm your email to start with Folio"],
            $"{T["Welcome to Folio!"]}\n\n{T["Confirm your email address to finish creating your account:"]}\n{context.PlatformUrl(link)}\n\n" +
            $"{T["If you did not sign up, ignore this mail and nothing will happen."]}\n"));
    }
}
