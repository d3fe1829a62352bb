using AngleSharp.Html.Parser;

namespace Folio.Features.Curation.Feeds;

/// <summary>A feed an HTML page announces.</summary>
public sealed record DiscoveredFeed(Uri Url, string? Title, string MediaType);

/// <summary>
/// Finds the feeds an HTML page names in <c>&lt;link rel="alternate" type="…"&gt;</c> (RSS, Atom,
/// JSON Feed), resolved against the page's <c>&lt;base&gt;</c> or its URL, with AngleSharp's
/// HTML5 parser rather than patterns, so the page's markup cannot confuse the search.
/// </summary>
public static class FeedDiscovery
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json"];

    public static IReadOnlyList<DiscoveredFeed> Find(string html, Uri pageUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        var baseUrl = FeedUrls.Resolve(document.QuerySelector("base[href]")?.GetAttribute("href"), pageUrl) ?? pageUrl;
        var found = new List<DiscoveredFeed>();
        foreach (var link in document.QuerySelectorAll("link[rel][type][href]"))
        {
            var rels = link.GetAttribute("rel")!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var type = link.GetAttribute("type")!.Split(';')[0].Trim().ToLowerInvariant();
            if (!rels.Contains("alternate", StringComparer.OrdinalIgnoreCase) || !FeedTypes.Contains(type)) continue;
            if (FeedUrls.Resolve(link.GetAttribute("href"), baseUrl) is not { } url || found.Any(feed => feed.Url == url)) continue;
            var title = link.GetAttribute("title")?.Trim();
            found.Add(new DiscoveredFeed(url, string.IsNullOrEmpty(title) ? null : title, type));
        }
        return found;
    }
}
