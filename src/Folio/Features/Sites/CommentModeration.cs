namespace Folio.Features.Sites;

public enum CommentModeration
{
    /// <summary>Every new comment waits for a moderator.</summary>
    HoldAll,

    /// <summary>A commenter's first comment waits; once one is approved, later ones appear at once.</summary>
    HoldFirstTime,

    /// <summary>Comments appear at once, unless a spam rule holds them.</summary>
    PublishDirectly,
}
