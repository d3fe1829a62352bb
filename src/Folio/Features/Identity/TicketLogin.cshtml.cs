using Folio.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity;

/// <summary>
/// A site host's end of the hand-over from the platform: redeems a login ticket issued for this
/// very host and starts this host's own session.
/// </summary>
public sealed class TicketLoginModel(LoginTickets tickets, UserManager<Account> users, SignInManager<Account> signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? ticket, string? returnUrl)
    {
        var accountId = ticket is null ? null : await tickets.RedeemAsync(ticket, Request.Host.Host, HttpContext.RequestAborted);
        var account = accountId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (account is null) return LocalRedirect($"/login/?returnUrl={Uri.EscapeDataString(SafeReturn.Path(returnUrl))}");
        await signIn.SignInAsync(account, isPersistent: true);
        return LocalRedirect(SafeReturn.Path(returnUrl));
    }
}
