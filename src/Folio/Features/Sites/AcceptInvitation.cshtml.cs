using Folio.Data;
using Folio.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>
/// The link in an invitation mail. The signed-in account must have the invited email; accepting
/// (a POST) makes it a member with the invited role, once.
/// </summary>
[SitePage]
[Authorize]
public sealed class AcceptInvitationModel(FolioDbContext db, SiteAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";
    public string? Problem { get; private set; }
    public string RoleName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var invitation = await FindAsync();
        if (invitation is not null) RoleName = invitation.Role.ToString().ToLowerInvariant();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var invitation = await FindAsync();
        if (invitation is null) return Page();
        var now = clock.GetUtcNow().UtcDateTime;
        invitation.AcceptedAt = now;
        db.SiteMembers.Add(new SiteMember { AccountId = access.AccountId!.Value, Role = invitation.Role, CreatedAt = now });
        await db.SaveChangesAsync();
        return LocalRedirect("/admin/");
    }

    private async Task<SiteInvitation?> FindAsync()
    {
        var hash = InviteMemberHandler.Hash(Token);
        var invitation = await db.SiteInvitations.FirstOrDefaultAsync(i => i.TokenHash == hash);
        var email = await db.Users.Where(a => a.Id == access.AccountId).Select(a => a.Email).FirstOrDefaultAsync();
        Problem = invitation switch
        {
            null => "This invitation link is not valid on this site.",
            { AcceptedAt: not null } => "This invitation has already been accepted.",
            _ when invitation.ExpiresAt < clock.GetUtcNow().UtcDateTime => "This invitation has expired; ask the site's administrator for a new one.",
            _ when !string.Equals(invitation.Email, email, StringComparison.OrdinalIgnoreCase) =>
                $"This invitation is for {invitation.Email}; log in with that email to accept it.",
            _ when await access.RoleAsync() is not null => "You are already a member of this site.",
            _ => null,
        };
        return Problem is null ? invitation : null;
    }
}
