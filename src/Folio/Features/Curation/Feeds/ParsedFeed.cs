namespace Folio.Features.Curation.Feeds;

public enum FeedFormat
{
    /// <summary>RSS 0.91, 0.92 and 2.0: an <c>rss</c> root with a <c>channel</c>.</summary>
    Rss,
    /// <summary>RSS 1.0 and 0.90: RDF with items beside the channel.</summary>
    RssRdf,
    Atom,
    JsonFeed,
}

/// <summary>
/// A feed of any format, read into one shape. Every URL in it is absolute http or https, and every
/// HTML field has been through the same allow-list sanitiser as post bodies, so it can be shown as is.
/// </summary>
/// <param name="Format">The format the feed was written in.</param>
/// <param name="Title">Plain text, not HTML.</param>
/// <param name="SiteUrl">The website the feed belongs to, when it names one.</param>
/// <param name="Items">In the order the feed lists them.</param>
public sealed record ParsedFeed(FeedFormat Format, string Title, Uri? SiteUrl, IReadOnlyList<ParsedFeedItem> Items);

/// <summary>One entry of a feed.</summary>
public sealed record ParsedFeedItem
{
    /// <summary>The item's guid or id as the feed gave it, else its link: what tells items apart across fetches.</summary>
    public required string Id { get; init; }

    /// <summary>The original article.</summary>
    public Uri? Link { get; init; }

    /// <summary>Plain text, not HTML.</summary>
    public string Title { get; init; } = "";

    /// <summary>The description or summary, sanitised HTML.</summary>
    public string? SummaryHtml { get; init; }

    /// <summary>The full content (content:encoded, Atom content, content_html), sanitised HTML.</summary>
    public string? ContentHtml { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>From an image enclosure, <c>media:content</c>, <c>media:thumbnail</c> or JSON Feed's <c>image</c>.</summary>
    public Uri? ImageUrl { get; init; }
}
