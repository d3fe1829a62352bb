using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity.External;

/// <summary>An identity at an outside provider, as its account's settings list it.</summary>
public sealed record LinkedIdentity(long Id, string Provider, string DisplayName, string? ProfileUrl);

/// <summary>
/// Connecting outside identities to a platform account, so that the account can log in with any
/// of them. An identity joins an account only when that account's own session completed the
/// provider round trip it started; never because an email matches.
/// </summary>
public sealed class ExternalIdentityLinks(FolioDbContext db)
{
    public enum Outcome { Linked, AlreadyYours, SomeoneElses }

    /// <summary>
    /// Links the identity to the account unless another account holds it; the database settles
    /// two accounts racing for one identity (only a row still unlinked is updated).
    /// </summary>
    public async Task<Outcome> LinkAsync(long identityId, long accountId, CancellationToken cancellationToken)
    {
        var updated = await db.ExternalIdentities
            .Where(identity => identity.Id == identityId && identity.AccountId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(identity => identity.AccountId, accountId), cancellationToken);
        if (updated == 1) return Outcome.Linked;
        var holder = await db.ExternalIdentities.Where(identity => identity.Id == identityId).Select(identity => identity.AccountId).SingleAsync(cancellationToken);
        return holder == accountId ? Outcome.AlreadyYours : Outcome.SomeoneElses;
    }

    /// <summary>Disconnects one of the account's identities; another account's is left alone.</summary>
    public Task<int> UnlinkAsync(long identityId, long accountId, CancellationToken cancellationToken) =>
        db.ExternalIdentities
            .Where(identity => identity.Id == identityId && identity.AccountId == accountId)
            .ExecuteUpdateAsync(set => set.SetProperty(identity => identity.AccountId, (long?)null), cancellationToken);

    public async Task<IReadOnlyList<LinkedIdentity>> OfAsync(long accountId, ExternalProviders providers, CancellationToken cancellationToken)
    {
        var rows = await db.ExternalIdentities.AsNoTracking()
            .Where(identity => identity.AccountId == accountId)
            .OrderBy(identity => identity.CreatedAt)
            .Select(identity => new { identity.Id, identity.Provider, identity.DisplayName, identity.ProfileUrl })
            .ToListAsync(cancellationToken);
        return rows.Select(row => new LinkedIdentity(row.Id, providers.Find(row.Provider)?.DisplayName ?? row.Provider, row.DisplayName, row.ProfileUrl)).ToList();
    }
}
