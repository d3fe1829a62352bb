namespace Folio.Features.Feeds;

/// <summary>One item of a feed, in absolute URLs (its HTML's too): a post, or a comment.</summary>
public sealed record FeedEntry(
    string Id,
    string Url,
    string Title,
    string ContentHtml,
    string Summary,
    DateTime Published,
    DateTime Updated,
    string AuthorName,
    string? AuthorUrl,
    IReadOnlyList<string> Categories)
{
    /// <summary>For a curated post: the original article and the publication it ran in.</summary>
    public (string Url, string? SourceName)? Original { get; init; }

    /// <summary>The feed of this entry's comments (RSS <c>wfw:commentRss</c>).</summary>
    public string? CommentsFeedUrl { get; init; }
}
