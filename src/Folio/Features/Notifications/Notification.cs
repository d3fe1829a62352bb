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

    /// <summary>One plain sentence, such as "Ada likes “Hello”".</summary>
    public string Text { get; set; } = "";

    /// <summary>Site-relative address of what it is about.</summary>
    public string Url { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
