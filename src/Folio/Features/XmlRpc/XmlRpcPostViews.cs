using System.Globalization;
using System.Text.Json;
using Folio.Features.RestApi;

namespace Folio.Features.XmlRpc;

/// <summary>
/// A post as the REST API shows it to its editors (raw fields and all), in the two XML-RPC
/// dialects' shapes: WordPress's <c>wp.getPost</c> struct and MetaWeblog's. Ids are strings and
/// dates carry no zone, as WordPress writes them.
/// </summary>
public static class XmlRpcPostViews
{
    /// <summary>A post's categories and tags, by name, with what WordPress's term struct needs.</summary>
    public sealed record Terms(IReadOnlyList<RestTerms.Row> Categories, IReadOnlyList<RestTerms.Row> Tags);

    public static Dictionary<string, object?> WordPress(JsonElement post, Terms terms) => new()
    {
        ["post_id"] = Id(post),
        ["post_title"] = Raw(post, "title"),
        ["post_date"] = Date(post, "date"),
        ["post_date_gmt"] = Date(post, "date_gmt"),
        ["post_modified"] = Date(post, "modified"),
        ["post_modified_gmt"] = Date(post, "modified_gmt"),
        ["post_status"] = post.GetProperty("status").GetString(),
        ["post_type"] = post.GetProperty("type").GetString(),
        ["post_name"] = post.GetProperty("slug").GetString(),
        ["post_author"] = post.GetProperty("author").GetRawText(),
        ["post_password"] = post.TryGetProperty("password", out var password) ? password.GetString() : "",
        ["post_excerpt"] = Raw(post, "excerpt"),
        ["post_content"] = Raw(post, "content"),
        ["post_parent"] = Parent(post),
        ["post_mime_type"] = "",
        ["link"] = post.GetProperty("link").GetString(),
        ["guid"] = post.GetProperty("guid").GetProperty("rendered").GetString(),
        ["menu_order"] = MenuOrder(post),
        ["comment_status"] = post.GetProperty("comment_status").GetString(),
        ["ping_status"] = "closed",
        ["sticky"] = post.TryGetProperty("sticky", out var sticky) && sticky.GetBoolean(),
        ["post_format"] = Format(post),
        ["post_thumbnail"] = Array.Empty<object>(),
        ["terms"] = terms.Categories.Select(row => Term(row, "category")).Concat(terms.Tags.Select(row => Term(row, "post_tag"))).ToList(),
        ["custom_fields"] = Array.Empty<object>(),
    };

    public static Dictionary<string, object?> MetaWeblog(JsonElement post, Terms terms) => new()
    {
        ["postid"] = Id(post),
        ["userid"] = post.GetProperty("author").GetRawText(),
        ["title"] = Raw(post, "title"),
        ["description"] = Raw(post, "content"),
        ["mt_excerpt"] = Raw(post, "excerpt"),
        ["mt_text_more"] = "",
        ["link"] = post.GetProperty("link").GetString(),
        ["permaLink"] = post.GetProperty("link").GetString(),
        ["categories"] = terms.Categories.Select(row => row.Name).ToList(),
        ["mt_keywords"] = string.Join(", ", terms.Tags.Select(row => row.Name)),
        ["mt_allow_comments"] = post.GetProperty("comment_status").GetString() == "open" ? 1 : 0,
        ["mt_allow_pings"] = 0,
        ["wp_slug"] = post.GetProperty("slug").GetString(),
        ["wp_password"] = post.TryGetProperty("password", out var password) ? password.GetString() : "",
        ["wp_author_id"] = post.GetProperty("author").GetRawText(),
        ["wp_post_format"] = Format(post),
        ["wp_page_parent_id"] = Parent(post),
        ["wp_page_order"] = MenuOrder(post),
        ["wp_post_thumbnail"] = post.GetProperty("featured_media").GetRawText(),
        ["sticky"] = post.TryGetProperty("sticky", out var sticky) && sticky.GetBoolean(),
        ["post_status"] = post.GetProperty("status").GetString(),
        ["dateCreated"] = Date(post, "date"),
        ["date_created_gmt"] = Date(post, "date_gmt"),
        ["date_modified"] = Date(post, "modified"),
        ["date_modified_gmt"] = Date(post, "modified_gmt"),
        ["custom_fields"] = Array.Empty<object>(),
    };

    /// <summary>A category or tag as <c>wp.getTerm</c> and <c>wp.getTerms</c> answer it.</summary>
    public static Dictionary<string, object?> Term(RestTerms.Row row, string taxonomy)
    {
        var id = row.Id.ToString(CultureInfo.InvariantCulture);
        return new()
        {
            ["term_id"] = id,
            ["name"] = row.Name,
            ["slug"] = row.Slug,
            ["term_group"] = "0",
            ["term_taxonomy_id"] = id,
            ["taxonomy"] = taxonomy,
            ["description"] = "",
            ["parent"] = "0",
            ["count"] = row.Count,
            ["filter"] = "raw",
        };
    }

    public static string Id(JsonElement post) => post.GetProperty("id").GetRawText();

    /// <summary>A page's parent and place among its siblings, and a post's format; the other kind has none.</summary>
    private static string Parent(JsonElement post) => post.TryGetProperty("parent", out var parent) ? parent.GetRawText() : "0";

    private static int MenuOrder(JsonElement post) => post.TryGetProperty("menu_order", out var order) ? order.GetInt32() : 0;

    private static string Format(JsonElement post) => post.TryGetProperty("format", out var format) ? format.GetString()! : "standard";

    private static string? Raw(JsonElement post, string field) => post.GetProperty(field).GetProperty("raw").GetString();

    /// <summary>A date of the REST answer (ISO 8601, no zone); null, and left out, where the API has none (a draft's date_gmt).</summary>
    private static DateTime? Date(JsonElement post, string field) =>
        post.GetProperty(field) is { ValueKind: JsonValueKind.String } text
            ? DateTime.ParseExact(text.GetString()!, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : null;
}
