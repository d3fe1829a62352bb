using Folio.Features.RestApi;

namespace Folio.Features.XmlRpc;

/// <summary>
/// A post's fields as the two XML-RPC dialects send them (WordPress's <c>wp.newPost</c> struct and
/// MetaWeblog's), turned into the REST API's fields, which its write handler checks and saves.
/// Fields a client leaves out are left out, so an edit changes only what it names.
/// </summary>
public static class XmlRpcPostFields
{
    private static readonly (string XmlRpc, string Field)[] WordPressTexts =
    [
        ("post_title", "title"), ("post_content", "content"), ("post_excerpt", "excerpt"), ("post_status", "status"),
        ("post_name", "slug"), ("post_password", "password"), ("comment_status", "comment_status"),
        ("post_format", "format"), ("menu_order", "menu_order"),
    ];

    private static readonly (string XmlRpc, string Field)[] MetaWeblogTexts =
    [
        ("title", "title"), ("mt_excerpt", "excerpt"), ("wp_slug", "slug"), ("wp_password", "password"),
        ("wp_post_format", "format"), ("wp_page_order", "menu_order"),
    ];

    /// <summary>WordPress's taxonomies as the REST fields that hold a post's terms.</summary>
    private static readonly Dictionary<string, string> TermFields = new(StringComparer.Ordinal) { ["category"] = "categories", ["post_tag"] = "tags" };

    /// <summary>The struct of <c>wp.newPost</c> and <c>wp.editPost</c>.</summary>
    public static RestFields FromWordPress(IReadOnlyDictionary<string, object?> content)
    {
        var fields = new Dictionary<string, object?>();
        foreach (var (xmlRpc, field) in WordPressTexts)
            if (content.TryGetValue(xmlRpc, out var value)) fields[field] = XmlRpcValues.Text(value);
        CopyId(content, "post_author", fields, "author");
        CopyId(content, "post_thumbnail", fields, "featured_media");
        CopyId(content, "post_parent", fields, "parent");
        if (content.TryGetValue("sticky", out var sticky)) fields["sticky"] = XmlRpcValues.Flag(sticky);
        CopyDate(content, "post_date_gmt", "post_date", fields);

        var names = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (taxonomy, ids) in Members(content, "terms"))
            fields[TermField(taxonomy)] = XmlRpcValues.Ids(ids, $"id of a term in {taxonomy}");
        foreach (var (taxonomy, given) in Members(content, "terms_names"))
            names[TermField(taxonomy)] = XmlRpcValues.Texts(given);
        return RestFields.Of(fields, names);
    }

    /// <summary>
    /// The struct of <c>metaWeblog.newPost</c> and <c>editPost</c>, with the call's "publish" flag:
    /// a post is published or saved as a draft by it unless the struct says its status.
    /// <paramref name="categories"/> are those of the struct's category names that the site has
    /// (MetaWeblog picks categories; it does not make them); <c>mt_keywords</c> are tags, made as needed.
    /// </summary>
    public static RestFields FromMetaWeblog(IReadOnlyDictionary<string, object?> content, bool publish, IReadOnlyList<string>? categories)
    {
        var fields = new Dictionary<string, object?>();
        foreach (var (xmlRpc, field) in MetaWeblogTexts)
            if (content.TryGetValue(xmlRpc, out var value)) fields[field] = XmlRpcValues.Text(value);
        if (content.TryGetValue("description", out var description))
        {
            // As WordPress: the text after the "more" break comes separately and is joined back.
            var more = XmlRpcValues.Text(content.GetValueOrDefault("mt_text_more"));
            fields["content"] = XmlRpcValues.Text(description) + (string.IsNullOrEmpty(more) ? "" : "<!--more-->" + more);
        }
        fields["status"] = XmlRpcValues.Text(content.GetValueOrDefault("post_status")) is { Length: > 0 } status ? status : publish ? "publish" : "draft";
        if (content.TryGetValue("mt_allow_comments", out var comments)) fields["comment_status"] = XmlRpcValues.Flag(comments) ? "open" : "closed";
        CopyId(content, "wp_author_id", fields, "author");
        CopyId(content, "wp_post_thumbnail", fields, "featured_media");
        CopyId(content, "wp_page_parent_id", fields, "parent");
        if (content.TryGetValue("sticky", out var sticky)) fields["sticky"] = XmlRpcValues.Flag(sticky);
        CopyDate(content, "date_created_gmt", "dateCreated", fields);

        var names = new Dictionary<string, IReadOnlyList<string>>();
        if (categories is not null) names["categories"] = categories;
        if (content.TryGetValue("mt_keywords", out var keywords)) names["tags"] = XmlRpcValues.Texts(keywords);
        return RestFields.Of(fields, names);
    }

    /// <summary>The category names a MetaWeblog struct gives, or null when it gives none (an edit then keeps the post's).</summary>
    public static IReadOnlyList<string>? CategoryNames(IReadOnlyDictionary<string, object?> content) =>
        content.TryGetValue("categories", out var categories) ? XmlRpcValues.Texts(categories) : null;

    private static void CopyId(IReadOnlyDictionary<string, object?> content, string xmlRpc, Dictionary<string, object?> fields, string rest)
    {
        if (content.TryGetValue(xmlRpc, out var value) && value is not null)
            fields[rest] = XmlRpcValues.Text(value) is { Length: > 0 } text ? XmlRpcValues.Id(text, xmlRpc).ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
    }

    /// <summary>
    /// The UTC field wins, as in WordPress; the other is on the site's clock unless it says its zone.
    /// </summary>
    private static void CopyDate(IReadOnlyDictionary<string, object?> content, string utcName, string localName, Dictionary<string, object?> fields)
    {
        if (content.GetValueOrDefault(utcName) is XmlRpcDate utc) fields["date_gmt"] = RestDates.Format(utc.Time);
        else if (content.GetValueOrDefault(localName) is XmlRpcDate local) fields[local.IsUtc ? "date_gmt" : "date"] = RestDates.Format(local.Time);
        else if ((content.GetValueOrDefault(utcName) ?? content.GetValueOrDefault(localName)) is { } other and not "")
            throw new XmlRpcFault(400, $"{utcName} and {localName} must be dateTime.iso8601 values, not \"{other}\".");
    }

    private static IEnumerable<(string Taxonomy, object? Terms)> Members(IReadOnlyDictionary<string, object?> content, string name) =>
        content.GetValueOrDefault(name) switch
        {
            null => [],
            IReadOnlyDictionary<string, object?> taxonomies => taxonomies.Select(pair => (pair.Key, pair.Value)),
            _ => throw new XmlRpcFault(400, $"{name} must be a struct of taxonomies (category, post_tag)."),
        };

    private static string TermField(string taxonomy) =>
        TermFields.GetValueOrDefault(taxonomy) ?? throw new XmlRpcFault(401, $"Sorry, one of the given taxonomies is not supported by the post type: {taxonomy}.");
}
