using Folio.Data;

namespace Folio.Features.Comments;

/// <summary>
/// "Notify me of new comments via email" on one post. Mail goes out only once the address
/// has confirmed (double opt-in); the token in every mail confirms or ends it in one click.
/// </summary>
public class CommentSubscription : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public long PostId { get; set; }

    /// <summary>Lower-cased, so one address has one subscription per post.</summary>
    public string Email { get; set; } = "";

    /// <summary>Random and unguessable: who holds it may confirm or end this subscription.</summary>
    public string Token { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>Null until the address answers the confirmation mail; until then nothing is sent.</summary>
    public DateTime? ConfirmedAt { get; set; }
}
