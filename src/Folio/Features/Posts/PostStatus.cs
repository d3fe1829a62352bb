namespace Folio.Features.Posts;

public enum PostStatus
{
    Draft,

    /// <summary>Waiting for its <see cref="Post.PublishedAt"/>; the scheduler then publishes it.</summary>
    Scheduled,

    Published,
}
