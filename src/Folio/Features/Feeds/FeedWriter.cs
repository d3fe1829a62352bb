using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using Folio.Features.Posts;
using Folio.Infrastructure;

namespace Folio.Features.Feeds;

/// <summary>What a feed describes: the site or one of its archives.</summary>
public sealed record FeedChannel(string Title, string Description, string HomeUrl, string FeedUrl, DateTime Updated);

/// <summary>
/// Writes a list of posts as RSS 2.0 or Atom 1.0 (System.ServiceModel.Syndication) or JSON
/// Feed 1.1 (System.Text.Json). Every text goes through <see cref="XmlChars.Clean"/> first, so a
/// title with control characters still makes well-formed XML.
/// </summary>
public static class FeedWriter
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    public static byte[] Rss(FeedChannel channel, IReadOnlyList<PostView> posts, Func<string, string> absolute) =>
        WriteXml(new Rss20FeedFormatter(Syndicate(channel, posts, absolute, rss: true), serializeExtensionsAsAtom: true));

    public static byte[] Atom(FeedChannel channel, IReadOnlyList<PostView> posts, Func<string, string> absolute) =>
        WriteXml(new Atom10FeedFormatter(Syndicate(channel, posts, absolute, rss: false)));

    public static byte[] Json(FeedChannel channel, IReadOnlyList<PostView> posts, Func<string, string> absolute) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonFeed(
            Version: "https://jsonfeed.org/version/1.1",
            Title: channel.Title,
            HomePageUrl: channel.HomeUrl,
            FeedUrl: channel.FeedUrl,
            Description: channel.Description,
            Items: posts.Select(post => new JsonFeedItem(
                Id: absolute(post.Path),
                Url: absolute(post.Path),
                ExternalUrl: post.OriginalUrl,
                Title: post.Title,
                ContentHtml: post.BodyHtml,
                Summary: post.Excerpt,
                DatePublished: post.PublishedAt,
                DateModified: post.UpdatedAt,
                Authors: [new JsonFeedAuthor(post.Author.DisplayName, absolute(post.Author.Path))],
                Tags: post.Categories.Concat(post.Tags).Select(term => term.Name).Distinct().ToList())).ToList()),
            JsonOptions);

    private static SyndicationFeed Syndicate(FeedChannel channel, IReadOnlyList<PostView> posts, Func<string, string> absolute, bool rss)
    {
        var feed = new SyndicationFeed(XmlChars.Clean(channel.Title), XmlChars.Clean(channel.Description), new Uri(channel.HomeUrl), channel.FeedUrl, channel.Updated)
        {
            Generator = "Folio",
            Items = posts.Select(post => Item(post, absolute, rss)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(channel.FeedUrl), "self", null, rss ? "application/rss+xml" : "application/atom+xml", 0));
        return feed;
    }

    private static SyndicationItem Item(PostView post, Func<string, string> absolute, bool rss)
    {
        var url = absolute(post.Path);
        var html = XmlChars.Clean(post.BodyHtml);
        var item = new SyndicationItem(XmlChars.Clean(post.Title), (SyndicationContent?)null, new Uri(url), url, post.UpdatedAt)
        {
            PublishDate = post.PublishedAt,
            // RSS has one body field, <description>: it carries the whole post, as WordPress does.
            Summary = rss ? SyndicationContent.CreateHtmlContent(html) : new TextSyndicationContent(XmlChars.Clean(post.Excerpt)),
            Content = rss ? null : SyndicationContent.CreateHtmlContent(html),
        };
        if (rss)
            item.ElementExtensions.Add("creator", DublinCore, XmlChars.Clean(post.Author.DisplayName));
        else
            item.Authors.Add(new SyndicationPerson { Name = XmlChars.Clean(post.Author.DisplayName), Uri = absolute(post.Author.Path) });
        foreach (var term in post.Categories.Concat(post.Tags))
            item.Categories.Add(new SyndicationCategory(XmlChars.Clean(term.Name)));
        if (post.OriginalUrl is not null)
            item.Links.Add(new SyndicationLink(new Uri(post.OriginalUrl), "related", XmlChars.Clean(post.SourceName ?? "Original article"), null, 0));
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

    private sealed record JsonFeed(string Version, string Title, string HomePageUrl, string FeedUrl, string Description, IReadOnlyList<JsonFeedItem> Items);

    private sealed record JsonFeedItem(
        string Id, string Url, string? ExternalUrl, string Title, string ContentHtml, string Summary,
        DateTime DatePublished, DateTime DateModified, IReadOnlyList<JsonFeedAuthor> Authors, IReadOnlyList<string> Tags);

    private sealed record JsonFeedAuthor(string Name, string Url);
}
