using Folio.Data;

namespace Folio.Features.Notifications;

public enum NotificationKind
{
    Like,
    Follow,
    Comment,
}

/// <summary>Something a blogger is told on their site's dashboard: a like, a new follower, a comment.</summary>
public class Notification : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }

    /// <summary>The account told.</summary>
    public long AccountId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>Who did it, by the name they had then: the liker, the follower, the commenter.</summary>
    public string Actor { get; set; } = "";

    /// <summary>What it was done to: the post's title, or the site's for a follow.</summary>
    /// <remarks>
    /// Kept apart from <see cref="Actor"/> and <see cref="Kind"/>, not as a sentence, so that the
    /// dashboard says it in the language of whoever reads it (<see cref="NotificationSentences"/>).
    /// </remarks>
    public string Subject { get; set; } = "";

    /// <summary>Site-relative address of what it is about.</summary>
    public string Url { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
