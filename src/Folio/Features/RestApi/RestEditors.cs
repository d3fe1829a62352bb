using Folio.Features.Admin;
using Folio.Features.Identity;

namespace Folio.Features.RestApi;

/// <summary>Whether the API's caller may see a site's unpublished posts: the rule of the dashboard's editor.</summary>
public sealed class RestEditors(SiteAccess access)
{
    public async Task<bool> MayEditAsync(long authorId, CancellationToken cancellationToken) =>
        access.AccountId is { } accountId && await access.RoleAsync(cancellationToken) is { } role && PostPermissions.CanOpen(role, accountId, authorId);
}
