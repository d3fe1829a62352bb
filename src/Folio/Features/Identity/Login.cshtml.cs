using Folio.Features.Identity.External;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// Log in with email and password, on the platform or on any site's host; the session belongs to
/// that host alone. Wrong email, wrong password, unconfirmed or locked-out account: one answer.
/// </summary>
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class LoginModel(SignInManager<Account> signIn, UserManager<Account> users, ExternalProviders providers, CurrentSite currentSite, RateLimits rateLimits) : PageModel
{
    public const string Refusal = "That email and password do not match an account that may log in. Check both, or reset your password. After 5 failed tries an account waits 15 minutes.";

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Whether this is a site's host, which may borrow the platform's login.</summary>
    public bool OnSite => currentSite.Kind == HostKind.Site;

    /// <summary>The outside providers offered as buttons.</summary>
    public IReadOnlyList<ExternalProvider> Providers => providers.All;

    /// <param name="failed">The provider a login with just failed (a refused, expired or tampered answer).</param>
    public void OnGet(string? failed)
    {
        if (failed is not null)
            Errors = [$"Logging in with {failed} did not work: the answer was refused, had expired or was not valid. Please try again."];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await TooManyTriesAsync(Email)) return Page();
        var account = Password.Length <= IdentityFeature.MaxPasswordLength ? await users.FindByEmailAsync(Email.Trim()) : null;
        if (account is null)
        {
            Errors = [Refusal];
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(account, Password, isPersistent: true, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Errors = [Refusal];
            return Page();
        }
        return LocalRedirect(SafeReturn.Path(ReturnUrl));
    }

    /// <summary>
    /// The options for <c>navigator.credentials.get()</c>: no account named, so the device offers
    /// the passkeys it holds for this host. Offered on the platform only, where passkeys belong.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        OnSite ? NotFound() : Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    /// <summary>The device's signed answer: checked against the options above, then the account is logged in.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string credential)
    {
        if (OnSite) return NotFound();
        if (await TooManyTriesAsync(email: null)) return Page();
        var result = await signIn.PasskeySignInAsync(credential);
        if (result.Succeeded) return LocalRedirect(SafeReturn.Path(ReturnUrl));
        Errors = ["That passkey did not log you in: it is not registered with an account that may log in, or the request expired. Try again, or log in with your password."];
        return Page();
    }

    /// <summary>Throttles log-in attempts per address and per account; when over, answers 429 with Retry-After.</summary>
    private async Task<bool> TooManyTriesAsync(string? email)
    {
        if (await rateLimits.LoginAsync(HttpContext.Connection.RemoteIpAddress?.ToString(), email, HttpContext.RequestAborted) is not { } wait) return false;
        var seconds = RateLimits.Refuse(Response, wait);
        Errors = [$"Too many tries in a short time. Please wait {seconds} seconds, then log in again."];
        return true;
    }
}
