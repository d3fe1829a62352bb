using System.Xml.Linq;

namespace Folio.Features.Curation.Feeds;

/// <summary>
/// RSS 1.0 (and its forerunner RSS 0.90): RDF, which System.ServiceModel.Syndication does not read.
/// Items sit beside the channel, with Dublin Core for dates, authors and subjects.
/// </summary>
internal static class RdfFeedReader
{
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static ParsedFeed Read(XDocument document, Uri feedUrl)
    {
        var root = document.Root!;
        var rss = root.Element(Rss10 + "channel") is not null ? Rss10 : Rss090;
        var channel = root.Element(rss + "channel");
        return new ParsedFeed(
            FeedFormat.RssRdf,
            Text(channel?.Element(rss + "title")) ?? "",
            FeedUrls.Resolve(Text(channel?.Element(rss + "link")), feedUrl),
            root.Elements(rss + "item").Select(item => ReadItem(item, rss, feedUrl)).ToList());
    }

    private static ParsedFeedItem ReadItem(XElement item, XNamespace rss, Uri feedUrl)
    {
        var link = FeedUrls.Resolve(Text(item.Element(rss + "link")), feedUrl);
        return new ParsedFeedItem
        {
            Id = (string?)item.Attribute(Rdf + "about") ?? link?.AbsoluteUri ?? Text(item.Element(rss + "title")) ?? "",
            Link = link,
            Title = Text(item.Element(rss + "title")) ?? "",
            SummaryHtml = Text(item.Element(rss + "description")),
            ContentHtml = Text(item.Element(Content + "encoded")),
            Author = Text(item.Element(DublinCore + "creator")),
            Published = FeedDates.Parse(Text(item.Element(DublinCore + "date"))),
            Categories = item.Elements(DublinCore + "subject").Select(Text).OfType<string>().Distinct().ToList(),
            ImageUrl = FeedImages.Find(item.Elements(), [], feedUrl),
        };
    }

    private static string? Text(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();
}
