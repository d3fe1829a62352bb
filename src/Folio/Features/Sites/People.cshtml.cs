using Folio.Data;
using Folio.Features.Identity;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>
/// The site's members and their roles, the readers invited to it while it is private, and
/// invitations by email. Administrators only.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Administrator)]
public sealed class PeopleModel(FolioDbContext db, SiteAccess access, CurrentSite currentSite, InviteMemberHandler invite, Localizer T) : PageModel
{
    public sealed record MemberRow(long AccountId, string Name, string Email, SiteRole Role);

    public sealed record ReaderRow(long AccountId, string Name, string Email);

    /// <summary>The invitation form's choice for a reader rather than a role.</summary>
    public const string ReaderChoice = "Viewer";

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<ReaderRow> Readers { get; private set; } = [];

    /// <summary>Whether the site is private now, when invited readers are the only strangers who may read it.</summary>
    public bool SiteIsPrivate => currentSite.Required.Visibility != SiteVisibility.Public;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    /// <summary>A role as the page names it, in the person's language.</summary>
    public string RoleName(SiteRole role) => role switch
    {
        SiteRole.Administrator => T["Administrator"],
        SiteRole.Editor => T["Editor"],
        SiteRole.Author => T.InContext("role", "Author"),
        _ => T["Contributor"],
    };

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostInviteAsync(string email, string? role)
    {
        var grant = role == ReaderChoice ? InvitationGrant.Reading
            : SiteRoles.Parse(role) is { } chosen ? new InvitationGrant.AsMember(chosen)
            : null;
        if (grant is null)
            return await ShowAsync(T["Choose one of the roles: {0}.", string.Join(", ", [.. Enum.GetNames<SiteRole>(), ReaderChoice])], "");
        var problem = await invite.HandleAsync(new InviteMember(email, grant, access.AccountId!.Value), HttpContext.SiteUrl);
        return await ShowAsync(problem, T["Invitation sent to {0}.", email.Trim()]);
    }

    public async Task<IActionResult> OnPostRoleAsync(long accountId, string? role)
    {
        var member = await db.SiteMembers.FirstOrDefaultAsync(m => m.AccountId == accountId);
        if (member is null) return NotFound();
        if (SiteRoles.Parse(role) is not { } chosen) return await ShowAsync(T["Choose one of the roles: {0}.", string.Join(", ", Enum.GetNames<SiteRole>())], "");
        var problem = member.Role == SiteRole.Administrator && chosen != SiteRole.Administrator && await IsLastAdministratorAsync()
            ? T["A site needs at least one administrator: make someone else an administrator first."].Value
            : null;
        if (problem is null)
        {
            member.Role = chosen;
            await db.SaveChangesAsync();
        }
        return await ShowAsync(problem, T["Role changed."]);
    }

    public async Task<IActionResult> OnPostRemoveAsync(long accountId)
    {
        var member = await db.SiteMembers.FirstOrDefaultAsync(m => m.AccountId == accountId);
        if (member is null) return NotFound();
        var problem = member.Role == SiteRole.Administrator && await IsLastAdministratorAsync()
            ? T["A site needs at least one administrator: make someone else an administrator first."].Value
            : null;
        if (problem is null)
        {
            db.SiteMembers.Remove(member);
            await db.SaveChangesAsync();
        }
        return await ShowAsync(problem, T["Removed from the site."]);
    }

    public async Task<IActionResult> OnPostRemoveReaderAsync(long accountId)
    {
        var reader = await db.SiteViewers.FirstOrDefaultAsync(v => v.AccountId == accountId);
        if (reader is null) return NotFound();
        db.SiteViewers.Remove(reader);
        await db.SaveChangesAsync();
        return await ShowAsync(null, T["Removed from the site's readers."]);
    }

    private async Task<bool> IsLastAdministratorAsync() =>
        await db.SiteMembers.CountAsync(m => m.Role == SiteRole.Administrator) <= 1;

    private async Task<IActionResult> ShowAsync(string? problem, string success)
    {
        if (problem is null) Notice = success;
        else
        {
            Errors = [problem];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var members = await db.SiteMembers.AsNoTracking()
            .Select(m => new MemberRow(m.AccountId, m.Account.DisplayName, m.Account.Email!, m.Role)).ToListAsync();
        // By role as ranked (administrators first), not as the stored words sort.
        Members = members.OrderBy(m => m.Role).ThenBy(m => m.Name).ToList();
        Readers = await db.SiteViewers.AsNoTracking().OrderBy(v => v.Account.DisplayName)
            .Select(v => new ReaderRow(v.AccountId, v.Account.DisplayName, v.Account.Email!)).ToListAsync();
    }
}
