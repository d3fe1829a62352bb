using Folio.Data;

namespace Folio.Features.Follows;

/// <summary>How a follower hears of new posts, besides seeing them in the Reader.</summary>
public enum FollowDelivery
{
    /// <summary>Only in the Reader.</summary>
    ReaderOnly,
    Instant,
    Daily,
    Weekly,
}

/// <summary>
/// Someone who follows a site: a platform account (one click), or a guest's email address
/// ("Notify me of new posts via email"), which receives mail only once confirmed.
/// </summary>
public class Follower : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }

    /// <summary>The following account, or null for a guest who follows by email.</summary>
    public long? AccountId { get; set; }

    /// <summary>A guest's lower-cased address; null for an account (mail goes to the account's address).</summary>
    public string? Email { get; set; }

    public FollowDelivery Delivery { get; set; }

    /// <summary>Random and unguessable: who holds it may confirm or end this follow.</summary>
    public string Token { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>Null until a guest's address answers the confirmation mail; accounts are confirmed at once.</summary>
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>When the last daily or weekly digest went out, so the next one starts where it ended.</summary>
    public DateTime? LastDigestAt { get; set; }
}
