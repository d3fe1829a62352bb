using System.Security.Cryptography;
using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>An application password as its owner's list shows it (never the password itself).</summary>
public sealed record ApplicationPasswordView(long Id, string Name, DateTime CreatedAt, DateTime? LastUsedAt, string? LastUsedIp);

/// <summary>An account's application passwords: create, list, revoke, and check one that a program presents.</summary>
public sealed class ApplicationPasswordStore(FolioDbContext db, TimeProvider clock)
{
    /// <summary>How stale "last used" may get before a use is written down again: one write per program per minute at most.</summary>
    private static readonly TimeSpan UseRecordInterval = TimeSpan.FromMinutes(1);

    /// <summary>Makes a password for the account; the returned text is the only time anyone sees it.</summary>
    public async Task<string> CreateAsync(long accountId, string name, CancellationToken cancellationToken)
    {
        var password = ApplicationPasswordSecret.Create();
        db.ApplicationPasswords.Add(new ApplicationPassword
        {
            AccountId = accountId,
            Name = name,
            SecretHash = ApplicationPasswordSecret.Hash(password),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return password;
    }

    public async Task<IReadOnlyList<ApplicationPasswordView>> OfAsync(long accountId, CancellationToken cancellationToken) =>
        await db.ApplicationPasswords.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .OrderBy(p => p.CreatedAt)
            .Select(p => new ApplicationPasswordView(p.Id, p.Name, p.CreatedAt, p.LastUsedAt, p.LastUsedIp))
            .ToListAsync(cancellationToken);

    /// <summary>Revokes one of the account's passwords (another account's is left alone); null revokes them all.</summary>
    public Task<int> RevokeAsync(long accountId, long? passwordId, CancellationToken cancellationToken) =>
        db.ApplicationPasswords
            .Where(p => p.AccountId == accountId && (passwordId == null || p.Id == passwordId))
            .ExecuteDeleteAsync(cancellationToken);

    /// <summary>Whether the password is one of the account's; a match is recorded as used now, from this address.</summary>
    public async Task<bool> VerifyAsync(long accountId, string typed, string? ipAddress, CancellationToken cancellationToken)
    {
        var hash = ApplicationPasswordSecret.Hash(typed);
        var candidates = await db.ApplicationPasswords.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .Select(p => new { p.Id, p.SecretHash, p.LastUsedAt })
            .ToListAsync(cancellationToken);
        var match = candidates.FirstOrDefault(p => CryptographicOperations.FixedTimeEquals(p.SecretHash, hash));
        if (match is null) return false;

        var now = clock.GetUtcNow().UtcDateTime;
        if (match.LastUsedAt is not { } last || now - last >= UseRecordInterval)
            await db.ApplicationPasswords.Where(p => p.Id == match.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.LastUsedAt, now).SetProperty(p => p.LastUsedIp, ipAddress), cancellationToken);
        return true;
    }
}
