using System.Text.Json;
using System.Text.Json.Serialization;

namespace Folio.Features.Posts;

/// <summary>
/// schema.org JSON-LD for a post page: a <c>NewsArticle</c> with <c>isBasedOn</c> naming the
/// original for a curated repost, a <c>BlogPosting</c> otherwise.
/// </summary>
public static class PostStructuredData
{
    // The default encoder escapes <, > and &, so the JSON can never close its <script> element.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Json(PostView post, string permalinkUrl, string siteTitle, string authorUrl) =>
        JsonSerializer.Serialize(new Article(
            Type: post.IsCurated ? "NewsArticle" : "BlogPosting",
            Headline: post.Title,
            Description: post.Excerpt,
            Url: permalinkUrl,
            MainEntityOfPage: permalinkUrl,
            DatePublished: post.PublishedAt,
            DateModified: post.UpdatedAt,
            Author: new Thing("Person", post.Author.DisplayName, authorUrl),
            Publisher: new Thing("Organization", siteTitle, null),
            Keywords: post.Tags.Count > 0 ? string.Join(", ", post.Tags.Select(t => t.Name)) : null,
            IsBasedOn: post.OriginalUrl is null ? null : new Original(
                post.OriginalUrl,
                post.SourceName is null ? null : new Thing("Organization", post.SourceName, null),
                post.OriginalAuthor is null ? null : new Thing("Person", post.OriginalAuthor, null))), Options);

    private sealed record Article(
        string Type, string Headline, string Description, string Url, string MainEntityOfPage,
        DateTime DatePublished, DateTime DateModified, Thing Author, Thing Publisher, string? Keywords, Original? IsBasedOn)
    {
        [JsonPropertyName("@context")]
        [JsonPropertyOrder(-2)]
        public string Context => "https://schema.org";

        [JsonPropertyName("@type")]
        [JsonPropertyOrder(-1)]
        public string Type { get; } = Type;
    }

    private sealed record Thing([property: JsonPropertyName("@type")] string Type, string Name, string? Url);

    private sealed record Original(string Url, Thing? Publisher, Thing? Author)
    {
        [JsonPropertyName("@type")]
        public string Type => "NewsArticle";
    }
}
