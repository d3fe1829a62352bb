using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Folio.Features.Curation.Feeds;

/// <summary>
/// RSS 0.91, 0.92 and 2.0 and Atom 1.0 through System.ServiceModel.Syndication, made lenient
/// where real feeds are sloppy (dates, URLs), plus the extensions it leaves to us:
/// <c>content:encoded</c>, <c>dc:creator</c>, <c>dc:subject</c> and Media RSS. HTML comes out raw; <see cref="FeedParser"/> sanitises it.
/// </summary>
internal static class SyndicationFeedReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static ParsedFeed Read(XDocument document, FeedFormat format, Uri feedUrl)
    {
        // RSS 0.91 and 0.92 are subsets of 2.0 that the formatter turns away by their version number alone.
        if (format == FeedFormat.Rss) document.Root!.SetAttributeValue("version", "2.0");
        SyndicationFeedFormatter formatter = format == FeedFormat.Atom ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
        formatter.DateTimeParser = ParseDate;
        formatter.UriParser = ParseUri;
        using (var reader = document.CreateReader()) formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        var baseUrl = Absolute(feed.BaseUri, feedUrl);
        return new ParsedFeed(
            format,
            feed.Title?.Text.Trim() ?? "",
            Alternate(feed.Links, baseUrl),
            feed.Items.Select(item => ReadItem(item, format, baseUrl)).ToList());
    }

    private static ParsedFeedItem ReadItem(SyndicationItem item, FeedFormat format, Uri feedBase)
    {
        var baseUrl = Absolute(item.BaseUri, feedBase);
        var extensions = item.ElementExtensions.Select(Element).ToList();
        var link = Alternate(item.Links, baseUrl);
        var enclosures = item.Links.Where(l => l.RelationshipType == "enclosure").Select(l => ((string?)l.Uri?.OriginalString, (string?)l.MediaType));
        var creator = extensions.FirstOrDefault(e => e.Name == DublinCore + "creator")?.Value;
        var author = item.Authors.Select(person => person.Name ?? person.Email).FirstOrDefault(name => !string.IsNullOrWhiteSpace(name));
        return new ParsedFeedItem
        {
            Id = FirstText(item.Id, link?.AbsoluteUri, item.Title?.Text) ?? "",
            Link = link,
            Title = item.Title?.Text.Trim() ?? "",
            SummaryHtml = Html(item.Summary, format),
            ContentHtml = Html(item.Content as TextSyndicationContent, format)
                ?? extensions.FirstOrDefault(e => e.Name == Content + "encoded")?.Value,
            Author = FirstText(creator, author),
            Published = Date(item.PublishDate),
            Updated = Date(item.LastUpdatedTime),
            Categories = item.Categories.Select(c => c.Label ?? c.Name)
                .Concat(extensions.Where(e => e.Name == DublinCore + "subject").Select(e => e.Value))
                .Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()).Distinct().ToList(),
            ImageUrl = FeedImages.Find(extensions, enclosures, baseUrl),
        };
    }

    private static XElement Element(SyndicationElementExtension extension)
    {
        using var reader = extension.GetReader();
        reader.MoveToContent();
        return (XElement)XNode.ReadFrom(reader);
    }

    /// <summary>
    /// Text content as HTML. An RSS description is HTML by custom though the formatter calls it text;
    /// Atom says which it is: type="text" is escaped, html and xhtml are markup already.
    /// </summary>
    private static string? Html(TextSyndicationContent? content, FeedFormat format) => content switch
    {
        null => null,
        { Type: "text" } when format == FeedFormat.Atom => WebUtility.HtmlEncode(content.Text),
        _ => content.Text,
    };

    private static Uri? Alternate(IEnumerable<SyndicationLink> links, Uri baseUrl) =>
        links.Where(link => link.RelationshipType is null or "alternate")
            .Select(link => FeedUrls.Resolve(link.Uri?.OriginalString, Absolute(link.BaseUri, baseUrl)))
            .FirstOrDefault(url => url is not null);

    private static Uri Absolute(Uri? declared, Uri fallback) =>
        declared is null ? fallback : declared.IsAbsoluteUri ? declared : new Uri(fallback, declared);

    private static string? FirstText(params string?[] candidates) =>
        candidates.FirstOrDefault(text => !string.IsNullOrWhiteSpace(text))?.Trim();

    private static DateTimeOffset? Date(DateTimeOffset value) => value == DateTimeOffset.MinValue ? null : value;

    // Both callbacks always succeed: the formatter throws when one says no, and one bad date or
    // URL must not lose the whole feed. MinValue stands for "no date"; FeedUrls drops bad URLs later.
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset date)
    {
        date = FeedDates.Parse(data.DateTimeString) ?? DateTimeOffset.MinValue;
        return true;
    }

    private static bool ParseUri(XmlUriData data, out Uri uri)
    {
        uri = Uri.TryCreate(data.UriString?.Trim(), UriKind.RelativeOrAbsolute, out var parsed) ? parsed : new Uri("", UriKind.Relative);
        return true;
    }
}
