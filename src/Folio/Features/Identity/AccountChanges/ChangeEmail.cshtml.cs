using Folio.Data;
using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity.AccountChanges;

/// <summary>
/// <c>/account/email/</c> on the platform: asks to move the account to another address. Nothing
/// changes until the link mailed to the new address is followed (<see cref="ConfirmEmailChangeModel"/>),
/// so nobody can move an account to an inbox they do not read; the old address is told, so that
/// a change its owner did not ask for is seen. The page answers the same whether or not another
/// account uses the new address (that inbox is told instead), so it cannot be used to learn who
/// has an account; the mails to one inbox are limited as the reset links are.
/// </summary>
[PlatformPage]
[Authorize]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class ChangeEmailModel(
    UserManager<Account> users, FolioDbContext db, SiteAccess access, MailOutbox mail, IdentityRateLimits rateLimits, Localizer T) : PageModel
{
    [BindProperty] public string NewEmail { get; set; } = "";
    [BindProperty] public string CurrentPassword { get; set; } = "";

    public string CurrentEmail { get; private set; } = "";
    /// <summary>False for an account made through another service's login: being logged in is all it can show.</summary>
    public bool HasPassword { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    /// <summary>The address a link was sent to, once one was.</summary>
    public string? SentTo { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var me = await LoadAsync();
        NewEmail = NewEmail.Trim();
        if (!EmailAddresses.IsValid(NewEmail)) return Refuse(T[EmailAddresses.Problem]);
        if (string.Equals(NewEmail, CurrentEmail, StringComparison.OrdinalIgnoreCase)) return Refuse(T["That is already your address."]);
        if (CurrentPassword.Length > IdentityFeature.MaxPasswordLength) return Refuse(IdentityFeature.PasswordTooLong(T));
        if (HasPassword && !await users.CheckPasswordAsync(me, CurrentPassword)) return Refuse(T["That is not your current password."]);

        if (await rateLimits.ResetMailMayGoToAsync(NewEmail, HttpContext.RequestAborted))
        {
            if (await users.FindByEmailAsync(NewEmail) is not null)
                mail.Enqueue(new OutgoingMail(NewEmail, T["Someone asked to move a Folio account to this address"],
                    $"{T["Someone asked to use this address for their Folio account, but it already belongs to a Folio account, so nothing changed."]}\n\n" +
                    $"{T["If it was you, log in with this address instead; if you forgot its password, ask for a new one:"]}\n{HttpContext.PlatformUrl("/forgot-password/")}\n"));
            else
            {
                var code = await users.GenerateChangeEmailTokenAsync(me, NewEmail);
                var link = HttpContext.PlatformUrl($"/account/email/confirm/?account={me.Id}&email={Uri.EscapeDataString(NewEmail)}&code={Uri.EscapeDataString(code)}");
                mail.Enqueue(new OutgoingMail(NewEmail, T["Confirm your new email address for Folio"],
                    $"{T["Follow this link to use this address for your Folio account from now on:"]}\n{link}\n\n" +
                    $"{T["If you did not ask for this, ignore this mail and nothing will happen."]}\n"));
            }
            mail.Enqueue(new OutgoingMail(CurrentEmail, T["A new email address was asked for your Folio account"],
                $"{T["Someone logged in to your Folio account asked to use {0} as its address. It changes only if the link mailed there is followed.", NewEmail]}\n\n" +
                $"{T["If it was not you, change your password at once:"]}\n{HttpContext.PlatformUrl("/account/password/")}\n"));
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SentTo = NewEmail;
        return Page();
    }

    private IActionResult Refuse(string error)
    {
        Errors = [error];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<Account> LoadAsync()
    {
        var me = await users.FindByIdAsync(access.AccountId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException("A signed-in account that does not exist.");
        (CurrentEmail, HasPassword) = (me.Email ?? "", await users.HasPasswordAsync(me));
        return me;
    }
}
