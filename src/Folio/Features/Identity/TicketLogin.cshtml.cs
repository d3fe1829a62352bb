using Folio.Data;
using Folio.Features.Identity.External;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity;

/// <summary>
/// A site host's end of the hand-over from the platform: redeems a login ticket issued for this
/// very host and starts this host's own session, for an account or for an outside identity. An
/// account's session here continues the browser's platform session the ticket names, unless that
/// has ended meanwhile.
/// </summary>
public sealed class TicketLoginModel(LoginTickets tickets, UserManager<Account> users, SignInManager<Account> signIn, BrowserSessions sessions, FolioDbContext db,
    ExternalProviders providers) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? ticket, string? returnUrl)
    {
        var back = SafeReturn.Path(returnUrl);
        var holder = ticket is null ? null : await tickets.RedeemAsync(ticket, Request.Host.Host, HttpContext.RequestAborted);
        if (holder?.AccountId is { } accountId && await users.FindByIdAsync(accountId.ToString()) is { } account)
        {
            var session = new AuthenticationProperties { IsPersistent = true };
            if (holder.SessionId is { } sessionId)
            {
                if (!await sessions.IsLiveAsync(accountId, sessionId, HttpContext.RequestAborted)) return LocalRedirect(LoginModel.PathReturningTo(back));
                BrowserSessions.Continue(session, sessionId);
            }
            await signIn.SignInAsync(account, session);
            return LocalRedirect(back);
        }
        if (holder?.ExternalIdentityId is { } identityId
            && await db.ExternalIdentities.AsNoTracking().FirstOrDefaultAsync(i => i.Id == identityId, HttpContext.RequestAborted) is { } identity)
        {
            await HttpContext.SignInAsync(ExternalCommenterSession.Scheme,
                ExternalCommenterSession.Principal(identity.Id, identity.DisplayName, providers.Find(identity.Provider)?.DisplayName ?? identity.Provider),
                new AuthenticationProperties { IsPersistent = true });
            return LocalRedirect(back);
        }
        return LocalRedirect(LoginModel.PathReturningTo(back));
    }
}
