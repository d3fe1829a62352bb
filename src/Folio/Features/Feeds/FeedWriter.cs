using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using Folio.Infrastructure;

namespace Folio.Features.Feeds;

/// <summary>What a feed describes: the site, one of its archives, or a discussion; in the site's language (a BCP 47 code).</summary>
public sealed record FeedChannel(string Title, string Description, string HomeUrl, string FeedUrl, DateTime Updated, string Language);

/// <summary>
/// Writes feed entries as RSS 2.0 or Atom 1.0 (System.ServiceModel.Syndication) or JSON Feed 1.1
/// (System.Text.Json). Every text goes through <see cref="XmlChars.Clean"/> first, so a title
/// with control characters still makes well-formed XML.
/// </summary>
public static class FeedWriter
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string WellFormedWeb = "http://wellformedweb.org/CommentAPI/";
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string XmlNamespace = "http://www.w3.org/2000/xmlns/";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    public static byte[] Rss(FeedChannel channel, IReadOnlyList<FeedEntry> entries) =>
        WriteXml(new Rss20FeedFormatter(Syndicate(channel, entries, rss: true), serializeExtensionsAsAtom: true));

    public static byte[] Atom(FeedChannel channel, IReadOnlyList<FeedEntry> entries) =>
        WriteXml(new Atom10FeedFormatter(Syndicate(channel, entries, rss: false)));

    public static byte[] Json(FeedChannel channel, IReadOnlyList<FeedEntry> entries) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonFeed(
            Version: "https://jsonfeed.org/version/1.1",
            Title: channel.Title,
            HomePageUrl: channel.HomeUrl,
            FeedUrl: channel.FeedUrl,
            Description: channel.Description,
            Language: channel.Language,
            Items: entries.Select(entry => new JsonFeedItem(
                Id: entry.Id,
                Url: entry.Url,
                ExternalUrl: entry.Original?.Url,
                Title: entry.Title,
                ContentHtml: entry.ContentHtml,
                Summary: entry.Summary,
                DatePublished: entry.Published,
                DateModified: entry.Updated,
                Authors: [new JsonFeedAuthor(entry.AuthorName, entry.AuthorUrl)],
                Tags: entry.Categories)).ToList()),
            JsonOptions);

    private static SyndicationFeed Syndicate(FeedChannel channel, IReadOnlyList<FeedEntry> entries, bool rss)
    {
        var feed = new SyndicationFeed(XmlChars.Clean(channel.Title), XmlChars.Clean(channel.Description), new Uri(channel.HomeUrl), channel.FeedUrl, channel.Updated)
        {
            Generator = "Folio",
            Language = channel.Language, // RSS's <language>, Atom's xml:lang
            Items = entries.Select(entry => Item(entry, rss)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(channel.FeedUrl), "self", null, rss ? "application/rss+xml" : "application/atom+xml", 0));
        if (rss)
        {
            // Declared once, so the items' extensions read <content:encoded>, <dc:creator>, as feed readers look for them.
            feed.AttributeExtensions.Add(new XmlQualifiedName("content", XmlNamespace), ContentModule);
            feed.AttributeExtensions.Add(new XmlQualifiedName("dc", XmlNamespace), DublinCore);
            feed.AttributeExtensions.Add(new XmlQualifiedName("wfw", XmlNamespace), WellFormedWeb);
        }
        return feed;
    }

    private static SyndicationItem Item(FeedEntry entry, bool rss)
    {
        var html = XmlChars.Clean(entry.ContentHtml);
        var item = new SyndicationItem(XmlChars.Clean(entry.Title), (SyndicationContent?)null, new Uri(entry.Url), entry.Id, entry.Updated)
        {
            PublishDate = entry.Published,
            // As WordPress's feeds: RSS's <description> and Atom's <summary> the summary, the whole entry in
            // <content:encoded> (RSS's content module) and Atom's <content>.
            Summary = new TextSyndicationContent(XmlChars.Clean(entry.Summary)),
            Content = rss ? null : SyndicationContent.CreateHtmlContent(html),
        };
        if (rss)
        {
            item.ElementExtensions.Add("encoded", ContentModule, html);
            item.ElementExtensions.Add("creator", DublinCore, XmlChars.Clean(entry.AuthorName));
            if (entry.CommentsFeedUrl is { } comments) item.ElementExtensions.Add("commentRss", WellFormedWeb, comments);
        }
        else
        {
            item.Authors.Add(new SyndicationPerson { Name = XmlChars.Clean(entry.AuthorName), Uri = entry.AuthorUrl });
        }
        foreach (var category in entry.Categories) item.Categories.Add(new SyndicationCategory(XmlChars.Clean(category)));
        if (entry.Original is var (url, sourceName))
            item.Links.Add(new SyndicationLink(new Uri(url), "related", XmlChars.Clean(sourceName ?? "Original article"), null, 0));
        return item;
    }

    private static byte[] WriteXml(SyndicationFeedFormatter formatter)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings)) formatter.WriteTo(writer);
        return buffer.ToArray();
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record JsonFeed(string Version, string Title, string HomePageUrl, string FeedUrl, string Description, string Language, IReadOnlyList<JsonFeedItem> Items);

    private sealed record JsonFeedItem(
        string Id, string Url, string? ExternalUrl, string Title, string ContentHtml, string Summary,
        DateTime DatePublished, DateTime DateModified, IReadOnlyList<JsonFeedAuthor> Authors, IReadOnlyList<string> Tags);

    private sealed record JsonFeedAuthor(string Name, string? Url);
}
