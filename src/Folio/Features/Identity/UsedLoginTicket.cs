namespace Folio.Features.Identity;

/// <summary>
/// A login ticket that has been redeemed. A ticket carries a one-time nonce; recording it here
/// under a unique key is what makes a ticket single-use on every server of a fleet.
/// </summary>
public class UsedLoginTicket
{
    public required string Nonce { get; set; }

    /// <summary>After this the ticket is dead anyway and the row may be deleted.</summary>
    public DateTime ExpiresAt { get; set; }
}
