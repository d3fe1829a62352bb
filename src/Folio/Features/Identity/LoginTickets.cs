using System.Security.Cryptography;
using System.Text.Json;
using Folio.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity;

/// <summary>
/// Carries a signed-in person from the platform to one site host without sharing a cookie:
/// the platform issues a ticket that is signed and encrypted, names the one host it is for,
/// lives two minutes, and is accepted once (its nonce is recorded under a unique key).
/// </summary>
public sealed class LoginTickets(IDataProtectionProvider protection, FolioDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("Folio.LoginTicket.v1").ToTimeLimitedDataProtector();

    private sealed record Ticket(long AccountId, string Host, string Nonce);

    public string Issue(long accountId, string host) =>
        protector.Protect(
            JsonSerializer.Serialize(new Ticket(accountId, host.ToLowerInvariant(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16)))),
            clock.GetUtcNow().Add(Lifetime));

    /// <summary>The account the ticket admits to this host, or null when it is forged, expired, for another host, or used.</summary>
    public async Task<long?> RedeemAsync(string ticket, string host, CancellationToken cancellationToken)
    {
        Ticket? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Ticket>(protector.Unprotect(ticket, out _));
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
        if (payload is null || payload.Host != host.ToLowerInvariant()) return null;

        db.UsedLoginTickets.Add(new UsedLoginTicket { Nonce = payload.Nonce, ExpiresAt = clock.GetUtcNow().UtcDateTime.Add(Lifetime) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return null; // replayed
        }
        return payload.AccountId;
    }
}
