using System.Net;
using System.Text.Json;

namespace Folio.Features.Curation.Feeds;

/// <summary>
/// JSON Feed 1.0 and 1.1 (jsonfeed.org), read leniently from a JSON document: a field of the wrong
/// type is treated as missing rather than failing the feed.
/// </summary>
internal static class JsonFeedReader
{
    public const string VersionPrefix = "https://jsonfeed.org/version/";

    public static FeedParseResult Read(byte[] body, Uri feedUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException failure)
        {
            return FeedParseResult.Failed(FeedParseFailure.Malformed,
                $"malformed JSON at line {failure.LineNumber + 1}, position {failure.BytePositionInLine + 1}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version")?.StartsWith(VersionPrefix, StringComparison.Ordinal) != true)
                return FeedParseResult.Failed(FeedParseFailure.NotAFeed, $"not a feed: JSON without a \"version\" of {VersionPrefix}…");
            var items = root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object).Select(item => ReadItem(item, root, feedUrl)).ToList()
                : [];
            return FeedParseResult.Parsed(new ParsedFeed(FeedFormat.JsonFeed, String(root, "title") ?? "", FeedUrls.Resolve(String(root, "home_page_url"), feedUrl), items));
        }
    }

    private static ParsedFeedItem ReadItem(JsonElement item, JsonElement feed, Uri feedUrl)
    {
        var link = FeedUrls.Resolve(String(item, "url") ?? String(item, "external_url"), feedUrl);
        var text = String(item, "content_text");
        return new ParsedFeedItem
        {
            // Many feeds write the id as a number although the spec asks for a string.
            Id = String(item, "id") ?? (item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetRawText() : null)
                ?? link?.AbsoluteUri ?? String(item, "title") ?? "",
            Link = link,
            Title = String(item, "title") ?? "",
            SummaryHtml = String(item, "summary") is { } summary ? WebUtility.HtmlEncode(summary) : null,
            ContentHtml = String(item, "content_html") ?? (text is null ? null : Paragraphs(text)),
            Author = AuthorName(item) ?? AuthorName(feed),
            Published = FeedDates.Parse(String(item, "date_published")),
            Updated = FeedDates.Parse(String(item, "date_modified")),
            Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? tags.EnumerateArray().Where(tag => tag.ValueKind == JsonValueKind.String).Select(tag => tag.GetString()!).Distinct().ToList()
                : [],
            ImageUrl = FeedUrls.Resolve(String(item, "image") ?? String(item, "banner_image"), feedUrl),
        };
    }

    /// <summary>1.1's <c>authors</c>, else 1.0's <c>author</c>.</summary>
    private static string? AuthorName(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            return authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => String(a, "name")).FirstOrDefault(name => name is not null);
        return element.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? String(author, "name") : null;
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{WebUtility.HtmlEncode(p.Trim())}</p>"));

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
