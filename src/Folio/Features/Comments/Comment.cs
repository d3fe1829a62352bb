using Folio.Data;
using Folio.Features.Posts;

namespace Folio.Features.Comments;

public enum CommentStatus
{
    /// <summary>Held for a moderator; shown only to its author and to moderators.</summary>
    Pending,
    Approved,
    Spam,
    Trash,
}

/// <summary>A reply to a post, or to another comment, by a guest or a signed-in account.</summary>
public class Comment : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public long PostId { get; set; }

    /// <summary>The comment this one replies to, or null for a reply to the post.</summary>
    public long? ParentId { get; set; }

    /// <summary>The platform account that wrote it, or null for a guest.</summary>
    public long? AccountId { get; set; }

    /// <summary>The outside identity (OpenID Connect, Mastodon…) that wrote it, for a commenter without a platform account.</summary>
    public long? ExternalIdentityId { get; set; }

    public string AuthorName { get; set; } = "";

    /// <summary>Never shown to readers; for notifications, moderation and the avatar.</summary>
    public string AuthorEmail { get; set; } = "";

    /// <summary>
    /// Random, and the same for every comment of one email on one site: it picks the generated
    /// avatar, so the picture stays with the person without a hash of their email going public.
    /// </summary>
    public string AvatarSeed { get; set; } = "";

    /// <summary>An http(s) address the name links to, or null.</summary>
    public string? AuthorUrl { get; set; }

    private string body = "";

    /// <summary>
    /// What the commenter wrote (Markdown with a small HTML subset). Setting it renders and
    /// sanitises <see cref="BodyHtml"/> (<see cref="CommentRenderer"/>), or throws
    /// <see cref="MarkupRefusedException"/> and changes nothing; EF reads and writes the field.
    /// </summary>
    public string Body
    {
        get => body;
        set => (BodyHtml, body) = (CommentRenderer.ToSafeHtml(value), value);
    }

    /// <summary>The body rendered and sanitised with the comment allow-list at write time, by <see cref="Body"/>'s setter alone.</summary>
    public string BodyHtml { get; private set; } = "";

    public CommentStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The commenter's address, for abuse handling; never shown publicly.</summary>
    public string? IpAddress { get; set; }

    /// <summary>The comment's ID in the WordPress site it was imported from, or null; unique within the site.</summary>
    public long? WordPressId { get; set; }
}
