using Folio.Data;
using Folio.Features.Identity;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>
/// The link in an invitation mail. Someone not logged in is offered to create an account with the
/// invited email or to log in, and either way comes back here, logged in. The account must have
/// the invited email; accepting (a POST) makes it a member with the invited role, or a reader of
/// the private site (<see cref="SiteViewer"/>), once.
/// </summary>
[SitePage]
public sealed class AcceptInvitationModel(FolioDbContext db, SiteAccess access, CurrentSite currentSite, TimeProvider clock, Localizer T) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";
    public string? Problem { get; private set; }
    public string RoleName { get; private set; } = "";

    /// <summary>The invitation is to read the site, not to join it.</summary>
    public bool AsViewer { get; private set; }
    public string SiteTitle => currentSite.Required.Title;

    /// <summary>The invited address, to sign up with; null once someone is logged in.</summary>
    public string? InvitedEmail { get; private set; }

    /// <summary>This invitation's own address, where logging in or confirming a new account comes back to.</summary>
    public string HerePath => $"/invitation/?token={Uri.EscapeDataString(Token)}";

    /// <summary>Sign-up on the platform with the invited email filled in, coming back here once confirmed.</summary>
    public string SignupUrl => HttpContext.PlatformUrl(
        $"/signup/?email={Uri.EscapeDataString(InvitedEmail ?? "")}&returnUrl={Uri.EscapeDataString(PlatformLoginHandshake.BackHere(HttpContext, HerePath))}");

    public async Task OnGetAsync()
    {
        if (await FindAsync() is not { } invitation) return;
        RoleName = SiteRoles.InvitedAs(invitation.Role, T);
        AsViewer = invitation.AsViewer;
        if (access.AccountId is null) InvitedEmail = invitation.Email;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (access.AccountId is not { } accountId) return LocalRedirect(LoginModel.PathReturningTo(HerePath));
        var invitation = await FindAsync();
        if (invitation is null) return Page();
        var now = clock.GetUtcNow().UtcDateTime;
        invitation.AcceptedAt = now;
        if (invitation.AsViewer) db.SiteViewers.Add(new SiteViewer { AccountId = accountId, CreatedAt = now });
        else db.SiteMembers.Add(new SiteMember { AccountId = accountId, Role = invitation.Role, CreatedAt = now });
        await db.SaveChangesAsync();
        return LocalRedirect(invitation.AsViewer ? "/" : "/admin/");
    }

    /// <summary>The invitation, or null with the <see cref="Problem"/> that stops it; whose it is is checked once someone is logged in.</summary>
    private async Task<SiteInvitation?> FindAsync()
    {
        var hash = InviteMemberHandler.Hash(Token);
        var invitation = await db.SiteInvitations.FirstOrDefaultAsync(i => i.TokenHash == hash);
        var email = access.AccountId is { } accountId ? await db.Users.Where(a => a.Id == accountId).Select(a => a.Email).FirstOrDefaultAsync() : null;
        Problem = invitation switch
        {
            null => T["This invitation link is not valid on this site."].Value,
            { AcceptedAt: not null } => T["This invitation has already been accepted."].Value,
            _ when invitation.ExpiresAt < clock.GetUtcNow().UtcDateTime => T["This invitation has expired; ask the site's administrator for a new one."].Value,
            _ when access.AccountId is null => null,
            _ when !string.Equals(invitation.Email, email, StringComparison.OrdinalIgnoreCase) =>
                T["This invitation is for {0}; log in with that email to accept it.", invitation.Email].Value,
            _ when await access.RoleAsync() is not null => T["You are already a member of this site."].Value,
            { AsViewer: true } when await access.MayReadAsync() => T["You may already read this site."].Value,
            _ => null,
        };
        return Problem is null ? invitation : null;
    }
}
