namespace Folio.Features.Posts;

public enum PostStatus
{
    Draft,

    /// <summary>Waiting for its <see cref="Post.PublishedAt"/>; the scheduler then publishes it.</summary>
    Scheduled,

    Published,

    /// <summary>
    /// Moved to the Trash: off every public page, kept for <see cref="TrashEmptier.KeptFor"/> so it
    /// can be restored (as a draft), then deleted for good, as in WordPress.
    /// </summary>
    Trash,
}
