using System.Collections.Concurrent;
using System.Net;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using Folio.Tests.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Folio.Tests.Curation;

/// <summary>One item of a test feed.</summary>
public sealed record TestItem(string Guid, string Title, string Link, string Description, DateTimeOffset? Published = null, string? Author = null, string? Content = null, string? Image = null);

/// <summary>
/// The publications a curation test follows: a local web server on 127.0.0.1 whose documents a
/// test sets per path. Every document carries an ETag, and a request that names it in
/// If-None-Match gets 304, as real feed servers answer a conditional GET.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Body, int Status)> documents = new();
    private readonly ConcurrentDictionary<string, int> fullAnswers = new();
    private readonly ConcurrentDictionary<string, int> notModifiedAnswers = new();
    private readonly LocalWebServer server;

    private FeedServer(LocalWebServer server) => this.server = server;

    public int Port => server.Port;

    public static async Task<FeedServer> StartAsync()
    {
        FeedServer? self = null;
        var server = await LocalWebServer.StartAsync(app => app.Run(context => self!.AnswerAsync(context)));
        self = new FeedServer(server);
        return self;
    }

    public string Url(string path) => server.Url(path).AbsoluteUri;

    public void Serve(string path, string contentType, string body, int status = 200) => Serve(path, contentType, Encoding.UTF8.GetBytes(body), status);

    public void Serve(string path, string contentType, byte[] body, int status = 200) => documents[path] = (contentType, body, status);

    public void ServeRss(string path, string title, params TestItem[] items) => Serve(path, "application/rss+xml", Rss(title, items));

    /// <summary>How many times the document was sent in full, and how many times answered "not modified".</summary>
    public (int Full, int NotModified) Answers(string path) => (fullAnswers.GetValueOrDefault(path), notModifiedAnswers.GetValueOrDefault(path));

    public static string Rss(string title, params TestItem[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>{SecurityElement.Escape(title)}</title><link>http://example.org/</link><description>test</description>
        {string.Concat(items.Select(Item))}
        </channel></rss>
        """;

    private static string Item(TestItem item) => $"""
        <item><guid isPermaLink="false">{SecurityElement.Escape(item.Guid)}</guid><title>{SecurityElement.Escape(item.Title)}</title>
        <link>{SecurityElement.Escape(item.Link)}</link><description>{SecurityElement.Escape(item.Description)}</description>
        {(item.Published is { } at ? $"<pubDate>{at.ToUniversalTime():R}</pubDate>" : "")}
        {(item.Author is { } author ? $"<dc:creator>{SecurityElement.Escape(author)}</dc:creator>" : "")}
        {(item.Content is { } content ? $"<content:encoded>{SecurityElement.Escape(content)}</content:encoded>" : "")}
        {(item.Image is { } image ? $"<enclosure url=\"{SecurityElement.Escape(image)}\" type=\"image/png\" length=\"0\"/>" : "")}
        </item>
        """;

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!;
        if (!documents.TryGetValue(path, out var document))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(document.Body))[..16]}\"";
        if (document.Status == 200 && context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            notModifiedAnswers.AddOrUpdate(path, 1, (_, n) => n + 1);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        fullAnswers.AddOrUpdate(path, 1, (_, n) => n + 1);
        context.Response.StatusCode = document.Status;
        context.Response.ContentType = document.ContentType;
        if (document.Status == 200) context.Response.Headers.ETag = etag;
        await context.Response.Body.WriteAsync(document.Body);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}

/// <summary>Text long enough for a fingerprint, about one story; <paramref name="variant"/> changes a word or two.</summary>
public static class Stories
{
    public static string About(string topic, string variant = "hundreds of") =>
        $"The city council of {topic} voted on Tuesday evening to approve a new plan for the harbour district, " +
        "after months of debate about housing, traffic and the future of the old fish market. " +
        $"Supporters said the plan would bring {variant} new homes and a public park along the water, " +
        "while critics warned that rents in the surrounding streets would rise and small shops would be pushed out. " +
        "The mayor promised a second public hearing before construction begins next spring, and said the city " +
        "would publish the full cost of the project, including the new sea wall, the ferry landing and the repairs " +
        "to the bridge over the canal, before the budget vote in March. Residents who spoke at the meeting were " +
        "divided: fishermen asked for guaranteed berths, shop owners for lower rents, and parents for a school.";

    public static string Html(string text) => WebUtility.HtmlEncode(text);
}
