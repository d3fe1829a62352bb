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
/// very host and this browser, and starts this host's own session, for an account or for an
/// outside identity. An account's session here continues the browser's platform session the
/// ticket names, unless that has ended meanwhile. A browser already logged in here as another
/// account stays so, and is told: a link never switches accounts behind anyone's back.
/// </summary>
public sealed class TicketLoginModel(LoginTickets tickets, UserManager<Account> users, SignInManager<Account> signIn, BrowserSessions sessions, FolioDbContext db,
    ExternalProviders providers, SiteAccess access) : PageModel
{
    public const string Path = "/login/ticket/";

    /// <summary>This page with the ticket, going on to <paramref name="back"/> (a path on the same host).</summary>
    public static string PathFor(string ticket, string back) => $"{Path}?ticket={Uri.EscapeDataString(ticket)}&returnUrl={Uri.EscapeDataString(back)}";

    /// <summary>Who this browser is logged in as here, when the ticket was for someone else.</summary>
    public string? SignedInAs { get; private set; }

    /// <summary>Where the person was going.</summary>
    public string Back { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string? ticket, string? returnUrl)
    {
        var back = Back = SafeReturn.Path(returnUrl);
        var holder = ticket is null ? null : await tickets.RedeemAsync(ticket, HttpContext);
        if (holder?.AccountId is { } accountId && await users.FindByIdAsync(accountId.ToString()) is { } account)
        {
            if (DeletedAccountSignIn.IsDeleted(account)) return LocalRedirect(LoginModel.WithNotice(LoginNotice.DeletedAccountRefused));
            if (access.AccountId is { } current && current != accountId)
            {
                SignedInAs = await access.DisplayNameAsync(HttpContext.RequestAborted);
                return Page();
            }
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
