namespace Folio.Features.Curation.Feeds;

public enum FeedParseFailure
{
    None,
    /// <summary>The document tried something Folio never does for a feed: a DTD, entities.</summary>
    Refused,
    /// <summary>Not well-formed XML or JSON.</summary>
    Malformed,
    /// <summary>Well-formed, but not a feed; an HTML page may announce its feeds (<see cref="FeedDiscovery"/>).</summary>
    NotAFeed,
}

/// <summary>A parsed feed, or why there is none, in words (<see cref="Error"/>).</summary>
public sealed record FeedParseResult(ParsedFeed? Feed, FeedParseFailure Failure, string? Error)
{
    public bool Succeeded => Feed is not null;

    internal static FeedParseResult Parsed(ParsedFeed feed) => new(feed, FeedParseFailure.None, null);

    internal static FeedParseResult Failed(FeedParseFailure failure, string error) => new(null, failure, error);
}
