using System.Globalization;
using Folio.Features.Identity.External;
using Folio.Features.People;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// Log in with email and password, on the platform or on any site's host; the session belongs to
/// that host alone. Wrong email, wrong password: one answer, after the same work (one password
/// hash either way), so neither the words nor the time tell a stranger which emails have
/// accounts. The right password of an account whose email is not confirmed yet is told so, and
/// may have the confirmation mail sent again: only someone who knows the password learns that
/// it exists. Guessing is slowed per address and per account from one address
/// (<see cref="IdentityRateLimits.LoginAsync"/>), never by locking the account, which would let anyone
/// keep its owner out.
/// </summary>
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class LoginModel(SignInManager<Account> signIn, UserManager<Account> users, PasswordCheckForNobody nobody, ExternalProviders providers,
    CurrentSite currentSite, IdentityRateLimits rateLimits, AccountDeletion deletion, LoginTickets tickets, Localizer T) : PageModel
{
    /// <summary>The one answer to a wrong email or password (shown through the localizer; tests and the catalogue test read it by name).</summary>
    public const string Refusal = "That email and password do not match an account that may log in. Check both, or reset your password.";

    /// <summary>The login page, leading on to <paramref name="returnUrl"/> (a path on the same host) once logged in.</summary>
    public static string PathReturningTo(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? "/login/" : $"/login/?returnUrl={Uri.EscapeDataString(SafeReturn.Path(returnUrl))}";

    /// <summary>The address of the login page saying something has just been done.</summary>
    public static string WithNotice(LoginNotice notice) => $"/login/?notice={notice}";

    /// <summary>
    /// The login page offering to restore a deleted account whose owner has just proved who they
    /// are without a password (an outside provider): <paramref name="ticket"/>, a login ticket for
    /// the account, this host and this browser, is what "Restore my account" then hands in.
    /// </summary>
    public static string RestoreOffer(string ticket, string returnUrl) =>
        $"/login/?restore={Uri.EscapeDataString(ticket)}&returnUrl={Uri.EscapeDataString(SafeReturn.Path(returnUrl))}";

    /// <summary>The answer to a restore offer that has expired, was used, or was not made to this browser.</summary>
    public const string RestoreOfferExpired = "This offer to restore your account is no longer valid. Log in again to be offered it once more.";

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";

    /// <summary>The ticket of a restore offer (<see cref="RestoreOffer"/>), which stands in for the password.</summary>
    [BindProperty(SupportsGet = true, Name = "restore")] public string? RestoreTicket { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What has just been done (logged out, password changed), said at the top of the page.</summary>
    public string? Notice { get; private set; }

    /// <summary>The right password, but the email is not confirmed yet: the page offers the confirmation mail again.</summary>
    public bool Unconfirmed { get; private set; }

    /// <summary>The right password (or a restore offer) of a deleted account: when it will be removed for good, and the page offers to restore it.</summary>
    public DateTime? DeletedUntil { get; private set; }

    /// <summary>Whether this is a site's host, which may borrow the platform's login.</summary>
    public bool OnSite => currentSite.Kind == HostKind.Site;

    /// <summary>The platform's sign-up, leading back to where this login would have once the new account is confirmed.</summary>
    public string SignupPath => string.IsNullOrEmpty(ReturnUrl)
        ? "/signup/"
        : $"/signup/?returnUrl={Uri.EscapeDataString(PlatformLoginHandshake.BackHere(HttpContext, ReturnUrl))}";

    /// <summary>The outside providers offered as buttons.</summary>
    public IReadOnlyList<ExternalProvider> Providers => providers.All;

    /// <param name="failed">The provider a login with just failed (a refused, expired or tampered answer).</param>
    /// <param name="notice">What the person was sent here after.</param>
    public async Task OnGetAsync(string? failed, LoginNotice? notice)
    {
        if (RestoreTicket is not null)
        {
            if (tickets.Read(RestoreTicket, HttpContext)?.AccountId is { } accountId
                && await users.FindByIdAsync(accountId.ToString(CultureInfo.InvariantCulture)) is { } account && DeletedAccountSignIn.IsDeleted(account))
                DeletedUntil = account.DeleteAfter;
            else
            {
                RestoreTicket = null;
                Errors = [T[RestoreOfferExpired]];
            }
        }
        if (failed is not null)
            Errors = [T["Logging in with {0} did not work: the answer was refused, had expired or was not valid. Please try again.", failed]];
        Notice = notice switch
        {
            LoginNotice.LoggedOut => T["You are logged out."].Value,
            LoginNotice.PasswordChanged => T["Your password has been changed; log in with it."].Value,
            LoginNotice.AccountDeleted => T["Your account is deleted and you are logged out everywhere. Changed your mind? Log in again, with your password or the service you logged in with, to restore it."].Value,
            LoginNotice.DeletedAccountRefused => T["That login belongs to an account that is deleted. To restore the account, log in again with its password or the service you logged in with."].Value,
            _ => null,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await TooManyTriesAsync(Email)) return Page();
        // Too long to be anyone's: refused before any hashing, whatever the email.
        var account = Password.Length <= IdentityFeature.MaxPasswordLength ? await users.FindByEmailAsync(Email.Trim()) : null;
        if (account is null)
        {
            if (Password.Length <= IdentityFeature.MaxPasswordLength) nobody.Check(Password);
            Errors = [T[Refusal]];
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(account, Password, isPersistent: true, lockoutOnFailure: false);
        if (result.Succeeded) return LocalRedirect(SafeReturn.Path(ReturnUrl));
        // Identity refuses an account that may not log in (unconfirmed, suspended) before it looks
        // at the password. Looking anyway keeps every answer at one hash; only the right password
        // learns more.
        var refusedUnseen = result.IsNotAllowed || result.IsLockedOut;
        if (refusedUnseen && DeletedAccountSignIn.IsDeleted(account) && await users.CheckPasswordAsync(account, Password))
        {
            DeletedUntil = account.DeleteAfter;
            return Page();
        }
        if (refusedUnseen && await users.CheckPasswordAsync(account, Password) && !account.EmailConfirmed)
        {
            Unconfirmed = true;
            Notice = T["Your email address {0} is not confirmed yet. Open the link in the mail we sent when you signed up, or have it sent again.", account.Email!];
            return Page();
        }
        Errors = [T[Refusal]];
        return Page();
    }

    /// <summary>
    /// "Restore my account", offered once the right password of a deleted account was given: the
    /// password is asked again (the page never holds it), then the account comes back as it was
    /// and is logged in. Offered after an outside provider instead, it hands in the offer's ticket.
    /// </summary>
    public async Task<IActionResult> OnPostRestoreAsync()
    {
        if (RestoreTicket is not null) return await RestoreWithTicketAsync(RestoreTicket);
        if (await TooManyTriesAsync(Email)) return Page();
        var account = Password.Length <= IdentityFeature.MaxPasswordLength ? await users.FindByEmailAsync(Email.Trim()) : null;
        if (account is null || !await users.CheckPasswordAsync(account, Password))
        {
            if (account is null && Password.Length <= IdentityFeature.MaxPasswordLength) nobody.Check(Password);
            Errors = [T[Refusal]];
            return Page();
        }
        await deletion.RestoreAsync(account.Id, HttpContext.RequestAborted);
        var result = await signIn.PasswordSignInAsync(account, Password, isPersistent: true, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            Errors = [T[Refusal]];
            return Page();
        }
        return AfterRestore();
    }

    /// <summary>The restore offer made after an outside provider: its ticket is used up, the account restored and logged in.</summary>
    private async Task<IActionResult> RestoreWithTicketAsync(string ticket)
    {
        if (await tickets.RedeemAsync(ticket, HttpContext) is not { AccountId: { } accountId }
            || await users.FindByIdAsync(accountId.ToString(CultureInfo.InvariantCulture)) is not { } account)
        {
            RestoreTicket = null;
            Errors = [T[RestoreOfferExpired]];
            return Page();
        }
        await deletion.RestoreAsync(account.Id, HttpContext.RequestAborted);
        await signIn.SignInAsync(account, isPersistent: true);
        return AfterRestore();
    }

    private LocalRedirectResult AfterRestore() =>
        LocalRedirect(string.IsNullOrEmpty(ReturnUrl) ? "/account/?restored=true" : SafeReturn.Path(ReturnUrl));

    /// <summary>
    /// The options for <c>navigator.credentials.get()</c>: no account named, so the device offers
    /// the passkeys it holds for this host. Offered on the platform only, where passkeys belong.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        OnSite ? NotFound() : Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    /// <summary>
    /// The device's signed answer: checked against the options above, then the account is logged
    /// in. A passkey cannot be guessed, so a good one always gets through; only failures count
    /// towards the address's limit.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string credential)
    {
        if (OnSite) return NotFound();
        var result = await signIn.PasskeySignInAsync(credential);
        if (result.Succeeded) return LocalRedirect(SafeReturn.Path(ReturnUrl));
        if (await TooManyTriesAsync(email: null)) return Page();
        Errors = [T["That passkey did not log you in: it is not registered with an account that may log in, or the request expired. Try again, or log in with your password."]];
        return Page();
    }

    /// <summary>Throttles log-in attempts per address and per account from it; when over, answers 429 with Retry-After.</summary>
    private async Task<bool> TooManyTriesAsync(string? email)
    {
        if (await rateLimits.LoginAsync(HttpContext.Connection.RemoteIpAddress?.ToString(), email, HttpContext.RequestAborted) is not { } wait) return false;
        var seconds = RateLimits.Refuse(Response, wait);
        Errors = [T.Plural(seconds, "Too many tries in a short time. Please wait {0} second, then log in again.", "Too many tries in a short time. Please wait {0} seconds, then log in again.")];
        return true;
    }
}
