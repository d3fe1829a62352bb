using System.Xml.Linq;

namespace Folio.Features.Curation.Feeds;

/// <summary>A feed listed in an OPML subscription list.</summary>
public sealed record OpmlSubscription(Uri FeedUrl, string Title, Uri? SiteUrl);

/// <summary>The subscriptions of an OPML file, or why it could not be read.</summary>
public sealed record OpmlParseResult(IReadOnlyList<OpmlSubscription> Subscriptions, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Reads the subscription lists feed readers export: every <c>outline</c> with an <c>xmlUrl</c>, at
/// any depth (folders are outlines too), with the same safe XML settings as feeds.
/// </summary>
public static class OpmlReader
{
    public static OpmlParseResult Read(byte[] body, Uri? fileUrl = null)
    {
        var (document, failure) = SafeXml.Load(body);
        if (failure is not null) return new OpmlParseResult([], failure.Error);
        if (document!.Root!.Name.LocalName != "opml") return new OpmlParseResult([], $"not OPML: XML whose root element is <{document.Root.Name.LocalName}>");

        // Relative URLs are meaningless in a file that was uploaded rather than fetched.
        var baseUrl = fileUrl ?? new Uri("about:blank");
        var subscriptions = new List<OpmlSubscription>();
        foreach (var outline in document.Descendants("outline"))
        {
            if (FeedUrls.Resolve((string?)outline.Attribute("xmlUrl"), baseUrl) is not { } feedUrl || subscriptions.Any(s => s.FeedUrl == feedUrl)) continue;
            var title = new[] { (string?)outline.Attribute("title"), (string?)outline.Attribute("text") }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
            subscriptions.Add(new OpmlSubscription(feedUrl, title ?? feedUrl.Host, FeedUrls.Resolve((string?)outline.Attribute("htmlUrl"), baseUrl)));
        }
        return new OpmlParseResult(subscriptions, null);
    }
}
