using System.Security.Claims;
using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity;

/// <summary>The signed-in person's role on the current site, and whether they may read it, looked up once per request.</summary>
public sealed class SiteAccess(Deferred<FolioDbContext> db, CurrentSite currentSite, IHttpContextAccessor http)
{
    private SiteRole? role;
    private bool looked;
    private bool? mayRead;

    public long? AccountId =>
        long.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The signed-in person's display name, or null for a visitor who is not signed in.</summary>
    public async Task<string?> DisplayNameAsync(CancellationToken cancellationToken = default) =>
        AccountId is { } accountId
            ? await db.Value.Users.Where(a => a.Id == accountId).Select(a => a.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;

/// <summary>The role, or null when the person is not signed in or not a member of this site.</summary>
    public async Task<SiteRole?> RoleAsync(CancellationToken cancellationToken = default)
    {
        if (looked) return role;
        looked = true;
        if (AccountId is not { } accountId || currentSite.Site is null) return role = null;
        return role = await db.Value.SiteMembers.Where(m => m.AccountId == accountId).Select(m => (SiteRole?)m.Role)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the signed-in person may read the site while it is not public: a member, or a
    /// reader invited to it (<see cref="SiteViewer"/>), who has no role and so none of a member's powers.
    /// </summary>
    public async Task<bool> MayReadAsync(CancellationToken cancellationToken = default)
    {
        if (mayRead is { } known) return known;
        if (await RoleAsync(cancellationToken) is not null) return (mayRead = true).Value;
        return (mayRead = AccountId is { } accountId && currentSite.Site is not null
            && await db.Value.SiteViewers.AnyAsync(v => v.AccountId == accountId, cancellationToken)).Value;
    }
}

/// <summary>Requires a site role at least as strong as <see cref="Minimum"/> on the current site.</summary>
public sealed record SiteRoleRequirement(SiteRole Minimum) : IAuthorizationRequirement;

internal sealed class SiteRoleHandler(SiteAccess access) : AuthorizationHandler<SiteRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SiteRoleRequirement requirement)
    {
        // Roles run from Administrator (0) to Contributor (3): a smaller number may do more.
        if (await access.RoleAsync() is { } role && role <= requirement.Minimum) context.Succeed(requirement);
    }
}

public static class SitePolicies
{
    public const string Member = "site-member";
    public const string Author = "site-author";
    public const string Editor = "site-editor";
    public const string Administrator = "site-administrator";

    public static AuthorizationBuilder AddSitePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Member, policy => policy.RequireAuthenticatedUser().AddRequirements(new SiteRoleRequirement(SiteRole.Contributor)))
        .AddPolicy(Author, policy => policy.RequireAuthenticatedUser().AddRequirements(new SiteRoleRequirement(SiteRole.Author)))
        .AddPolicy(Editor, policy => policy.RequireAuthenticatedUser().AddRequirements(new SiteRoleRequirement(SiteRole.Editor)))
        .AddPolicy(Administrator, policy => policy.RequireAuthenticatedUser().AddRequirements(new SiteRoleRequirement(SiteRole.Administrator)));
}
