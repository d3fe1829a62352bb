namespace Folio.Features.Comments;

/// <summary>A comment as readers see it: no email, no address.</summary>
public sealed record CommentView(long Id, long? ParentId, string AuthorName, string? AuthorUrl, string AvatarUrl, string BodyHtml, DateTime CreatedAt, bool IsPending)
{
    public List<CommentView> Replies { get; } = [];
}

/// <summary>A post's discussion: its approved comments as threads, and how many there are.</summary>
public sealed record DiscussionView(IReadOnlyList<CommentView> Threads, int ApprovedCount);

/// <summary>A comment as the comment feeds show it, with the post it belongs to.</summary>
public sealed record CommentFeedItem(long Id, string AuthorName, string? AuthorUrl, string BodyHtml, DateTime CreatedAt, string PostTitle, string PostPath);
