using System.Text;
using System.Xml;
using System.Xml.Linq;
using Folio.Features.Posts;

namespace Folio.Features.Curation.Feeds;

/// <summary>
/// Reads a fetched feed, whatever its format (RSS 0.9x/1.0/2.0, Atom 1.0, JSON Feed 1.x), into a
/// <see cref="ParsedFeed"/> that is safe to show: XML without DTDs or entities (<see cref="SafeXml"/>),
/// only http(s) links, and all HTML through the sanitiser that post bodies go through. Never throws
/// for what a feed contains: a bad feed is a <see cref="FeedParseResult"/> with a message.
/// </summary>
public sealed class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="body">The feed as fetched; the XML declaration or BOM tells its encoding.</param>
    /// <param name="feedUrl">Where it was fetched from, to resolve relative links against.</param>
    public FeedParseResult Parse(byte[] body, Uri feedUrl)
    {
        var start = Beginning(body);
        if (start.StartsWith('{')) return Clean(JsonFeedReader.Read(body, feedUrl));
        // Before XML: an HTML page's <!DOCTYPE html> would otherwise read as a refused DTD.
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return FeedParseResult.Failed(FeedParseFailure.NotAFeed, "not a feed: an HTML page (a page may name its feeds in <link rel=\"alternate\">)");

        var (document, failure) = SafeXml.Load(body);
        if (failure is not null) return failure;
        var root = document!.Root!;
        FeedFormat? format = root.Name == "rss" ? FeedFormat.Rss
            : root.Name == Atom + "feed" ? FeedFormat.Atom
            : root.Name == RdfFeedReader.Rdf + "RDF" ? FeedFormat.RssRdf
            : null;
        if (format is null) return FeedParseResult.Failed(FeedParseFailure.NotAFeed, $"not a feed: XML whose root element is <{root.Name.LocalName}>");
        try
        {
            var feed = format == FeedFormat.RssRdf ? RdfFeedReader.Read(document, feedUrl) : SyndicationFeedReader.Read(document, format.Value, feedUrl);
            return Clean(FeedParseResult.Parsed(feed));
        }
        // The syndication formatters report a feed whose structure they cannot follow in these ways.
        catch (Exception problem) when (problem is XmlException or FormatException or NotSupportedException or InvalidOperationException)
        {
            return FeedParseResult.Failed(FeedParseFailure.Malformed, $"malformed {format} feed: {problem.Message}");
        }
    }

    private FeedParseResult Clean(FeedParseResult result)
    {
        if (result.Feed is not { } feed) return result;
        try
        {
            return result with
            {
                Feed = feed with
                {
                    Items = feed.Items.Select(item => item with
                    {
                        SummaryHtml = Sanitize(item.SummaryHtml),
                        ContentHtml = Sanitize(item.ContentHtml),
                    }).ToList(),
                },
            };
        }
        catch (MarkupRefusedException)
        {
            return FeedParseResult.Failed(FeedParseFailure.Refused, $"refused: an item's HTML nests more than {MarkupLimits.MaxDepth} levels deep, which no article needs");
        }
    }

    private string? Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var safe = PostBodyRenderer.ToSafeHtml(html, BodyFormat.Html).Trim();
        return safe.Length == 0 ? null : safe;
    }

    /// <summary>The first characters after any BOM and white space, enough to tell JSON, HTML and XML apart.</summary>
    private static string Beginning(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 1024));
        return text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
    }
}
