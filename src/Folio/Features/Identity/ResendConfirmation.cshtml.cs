using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// "Resend confirmation email": a new link for an account whose email is not confirmed yet. The
/// answer is the same for every address, so it never tells a stranger who has an account; the
/// requests are counted like login attempts. Offered by the login page (to the right password),
/// by the page of a link that no longer works, and after sign-up; it answers on every host
/// because a site's login page posts here.
/// </summary>
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class ResendConfirmationModel(UserManager<Account> users, ConfirmationMail confirmation, IdentityRateLimits rateLimits, Localizer T) : PageModel
{
    public const string Path = "/confirm-email/resend/";

    [BindProperty(SupportsGet = true)] public string Email { get; set; } = "";

    /// <summary>A platform path to land on once confirmed, carried over from the sign-up.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool Sent { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>This page with the address (and where it leads) filled in.</summary>
    public static string PathFor(string email, string? returnUrl) =>
        $"{Path}?email={Uri.EscapeDataString(email)}" + (string.IsNullOrEmpty(returnUrl) ? "" : $"&returnUrl={Uri.EscapeDataString(returnUrl)}");

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email.Trim();
        if (await rateLimits.ConfirmationMailAsync(HttpContext.Connection.RemoteIpAddress?.ToString(), Email, HttpContext.RequestAborted) is { } wait)
        {
            Errors = [T.Plural(RateLimits.Refuse(Response, wait), "Too many tries in a short time. Please wait {0} second, then ask again.", "Too many tries in a short time. Please wait {0} seconds, then ask again.")];
            return Page();
        }
        if (await users.FindByEmailAsync(Email) is { EmailConfirmed: false } account)
            await confirmation.SendAsync(account, HttpContext, theme: null, ReturnUrl);
        Sent = true;
        return Page();
    }
}

/// <summary>What the "Resend confirmation email" form holds: the address (asked for, or already known) and where the new link leads.</summary>
public sealed record ResendConfirmationForm(string Email, string? ReturnUrl, bool EmailKnown);
