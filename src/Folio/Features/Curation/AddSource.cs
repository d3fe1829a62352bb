using Folio.Data;
using Folio.Features.Curation.Feeds;
using Folio.Features.Fetching;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Curation;

/// <summary>Follow a feed, given its address or the address of a page that names it.</summary>
/// <summary>
/// Follow a feed (or the feed a page announces); <paramref name="FullText"/> reposts whole
/// articles, read from their pages when the feed has only a teaser, rather than summaries.
/// </summary>
public sealed record AddSource(string Url, ImportMode Mode = ImportMode.Draft, bool FullText = false);

/// <summary>The new source, or why there is none, in words.</summary>
public sealed record AddSourceResult(Source? Source, string? Error);

/// <summary>
/// Adds a source to the current site: fetches the address through the guarded fetcher; a feed is
/// taken as it is, an HTML page for the feed it announces (<see cref="FeedDiscovery"/>). The first
/// fetch of its items is left to the poller, which finds the new source due at once.
/// </summary>
public sealed class AddSourceHandler(FolioDbContext db, GuardedFetcher fetcher, FeedParser parser, TimeProvider clock, Localizer T)
{
    private const string FeedTypes = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    public async Task<AddSourceResult> HandleAsync(AddSource request, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(request.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return Refused(T["Enter the full address of a feed or website, starting with http:// or https://."]);

        var (feedUrl, feed, error) = await FindFeedAsync(url, cancellationToken);
        if (feed is null) return Refused(error!);
        var source = await RegisterAsync(feedUrl!, feed.Title, feed.SiteUrl, request.Mode, request.FullText, cancellationToken);
        return source is null ? Refused(T["{0} is already a source of this site.", feedUrl!]) : new AddSourceResult(source, null);
    }

    /// <summary>
    /// Saves a source unless the site already follows that feed; null then. The unique
    /// (site, feed URL) key decides when two people add the same feed at once.
    /// </summary>
    internal async Task<Source?> RegisterAsync(Uri feedUrl, string title, Uri? siteUrl, ImportMode mode, bool fullText, CancellationToken cancellationToken)
    {
        var address = feedUrl.AbsoluteUri;
        if (await db.Sources.AnyAsync(s => s.FeedUrl == address, cancellationToken)) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var source = db.Sources.Add(new Source
        {
            FeedUrl = address,
            Name = Shorten(string.IsNullOrWhiteSpace(title) ? feedUrl.Host : title.Trim(), 200),
            SiteUrl = siteUrl?.AbsoluteUri,
            Mode = mode,
            FullText = fullText,
            NextFetchAt = now,
            CreatedAt = now,
        }).Entity;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return source;
        }
        catch (DbUpdateException taken) when (UniqueViolation.Is(taken))
        {
            db.Entry(source).State = EntityState.Detached;
            return null;
        }
    }

    private async Task<(Uri? FeedUrl, ParsedFeed? Feed, string? Error)> FindFeedAsync(Uri url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(new FetchRequest(url, Accept: FeedTypes), cancellationToken);
        if (!fetched.Succeeded) return (null, null, T["Could not read {0}: {1}.", url, fetched.Error!]);
        var parsed = parser.Parse(fetched.Body, fetched.Url);
        if (parsed.Feed is { } feed) return (url, feed, null);
        if (parsed.Failure != FeedParseFailure.NotAFeed) return (null, null, T["{0} is not a feed Folio can read: {1}.", url, parsed.Error!]);

        var announced = FeedDiscovery.Find(fetched.BodyText(), fetched.Url);
        if (announced.Count == 0)
            return (null, null, T["No feed found at {0}: it is neither a feed nor a page that names one (<link rel=\"alternate\">).", url]);
        var discovered = announced[0].Url;
        var feedFetch = await fetcher.FetchAsync(new FetchRequest(discovered, Accept: FeedTypes), cancellationToken);
        if (!feedFetch.Succeeded) return (null, null, T["The page names the feed {0}, but it could not be read: {1}.", discovered, feedFetch.Error!]);
        var feedParse = parser.Parse(feedFetch.Body, feedFetch.Url);
        return feedParse.Feed is { } found
            ? (discovered, found, null)
            : (null, null, T["The page names the feed {0}, but it is not a feed Folio can read: {1}.", discovered, feedParse.Error!]);
    }

    private static AddSourceResult Refused(string error) => new(null, error);

    internal static string Shorten(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}
