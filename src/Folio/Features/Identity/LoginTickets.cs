using System.Security.Cryptography;
using System.Text.Json;
using Folio.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity;

/// <summary>
/// Carries a signed-in person from the platform to one site host without sharing a cookie:
/// the platform issues a ticket that is signed and encrypted, names the one host it is for,
/// lives two minutes, and is accepted once (its nonce is recorded under a unique key), and only
/// from the browser that asked for it (<see cref="LoginTicketBrowser"/>). It names the browser
/// session it continues, if any (<see cref="BrowserSessions"/>).
/// </summary>
public sealed class LoginTickets(IDataProtectionProvider protection, FolioDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("Folio.LoginTicket.v1").ToTimeLimitedDataProtector();

    private sealed record Ticket(long? AccountId, long? ExternalIdentityId, string? SessionId, string Host, string Browser, string Nonce);

    /// <summary>A ticket for a platform account or an outside identity without one, for the browser that holds <paramref name="browser"/> on the host.</summary>
    public string Issue(TicketHolder holder, string host, string browser) =>
        protector.Protect(
            JsonSerializer.Serialize(new Ticket(holder.AccountId, holder.ExternalIdentityId, holder.SessionId, host.ToLowerInvariant(), browser,
                Convert.ToHexString(RandomNumberGenerator.GetBytes(16)))),
            clock.GetUtcNow().Add(Lifetime));

    /// <summary>
    /// Whom the ticket admits to the request's host, or null when it is forged, expired, for
    /// another host, brought by another browser than the one it was issued for, or used.
    /// </summary>
    public async Task<TicketHolder?> RedeemAsync(string ticket, HttpContext context)
    {
        if (Open(ticket, context) is not { } payload) return null;
        db.UsedLoginTickets.Add(new UsedLoginTicket { Nonce = payload.Nonce, ExpiresAt = clock.GetUtcNow().UtcDateTime.Add(Lifetime) });
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return null; // replayed
        }
        return new TicketHolder(payload.AccountId, payload.ExternalIdentityId, payload.SessionId);
    }

    /// <summary>
    /// Whom the ticket would admit, without using it up: for a page that offers something the
    /// ticket then pays for (restoring a deleted account). Checked as <see cref="RedeemAsync"/>
    /// checks, except that a used ticket still reads; only redeeming it grants anything.
    /// </summary>
    public TicketHolder? Read(string ticket, HttpContext context) =>
        Open(ticket, context) is { } payload ? new TicketHolder(payload.AccountId, payload.ExternalIdentityId, payload.SessionId) : null;

    /// <summary>The ticket's content, when it is genuine, unexpired, for this host and brought by the browser it was issued for.</summary>
    private Ticket? Open(string ticket, HttpContext context)
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
        if (payload is null || payload.Host != context.Request.Host.Host.ToLowerInvariant()) return null;
        return payload.Browser is { } browser && LoginTicketBrowser.Holds(context, browser) ? payload : null;
    }
}

/// <summary>
/// Who a login ticket is for: an account, or an outside identity (exactly one of the two); for
/// an account, the id of the browser session the ticket continues, when it has one.
/// </summary>
public sealed record TicketHolder(long? AccountId, long? ExternalIdentityId, string? SessionId = null);
