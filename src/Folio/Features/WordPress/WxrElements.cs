using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Folio.Features.Posts;

namespace Folio.Features.WordPress;

/// <summary>
/// Turns one element of a WordPress export into a <see cref="WxrEntry"/>. WXR 1.0, 1.1 and 1.2
/// differ in the version inside the <c>wp:</c> and <c>excerpt:</c> namespace URIs, and some
/// exports (WordPress's own theme unit test data) write them with https, so elements are matched
/// by namespace family and local name, never by a fixed URI.
/// </summary>
internal static class WxrElements
{
    private static readonly string[] WordPressNamespaces = ["http://wordpress.org/export/", "https://wordpress.org/export/"];
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The namespaces of RSS and of WordPress's exports; any other is a plugin's.</summary>
    private static readonly string[] ExportNamespaces = ["", Content.NamespaceName, DublinCore.NamespaceName, "http://wellformedweb.org/CommentAPI/", "http://www.w3.org/2005/Atom"];

    /// <summary>Whether an element's namespace is one no WordPress export writes: a plugin's.</summary>
    public static bool IsForeign(string namespaceUri) => !IsWordPressFamily(namespaceUri) && !ExportNamespaces.Contains(namespaceUri);

    /// <summary>An element's name as the file writes it, <c>prefix:name</c>.</summary>
    public static string WrittenName(XElement element) =>
        element.GetPrefixOfNamespace(element.Name.Namespace) is { Length: > 0 } prefix ? $"{prefix}:{element.Name.LocalName}" : element.Name.LocalName;

    public static bool IsWordPress(string namespaceUri) => IsWordPressFamily(namespaceUri) && !IsExcerpt(namespaceUri);

    private static bool IsExcerpt(string namespaceUri) => IsWordPressFamily(namespaceUri) && namespaceUri.EndsWith("/excerpt/", StringComparison.Ordinal);

    private static bool IsWordPressFamily(string namespaceUri) =>
        WordPressNamespaces.Any(family => namespaceUri.StartsWith(family, StringComparison.Ordinal));

    /// <summary>
    /// The channel's author entries: <c>wp:author</c>, and <c>wp:wp_author</c> as WordPress.com
    /// wrote it in the accessibility test data.
    /// </summary>
    public static bool IsAuthor(string localName) => localName is "author" or "wp_author";

    /// <summary>The entry this element is, or null for an element the import does not read.</summary>
    public static WxrEntry? ToEntry(XElement element)
    {
        if (element.Name.NamespaceName.Length == 0 && element.Name.LocalName == "item") return Item(element);
        if (IsForeign(element.Name.NamespaceName)) return new WxrForeign(WrittenName(element));
        if (!IsWordPress(element.Name.NamespaceName)) return null;
        return element.Name.LocalName switch
        {
            "author" or "wp_author" => new WxrAuthor(Wp(element, "author_login"), Wp(element, "author_email"), Wp(element, "author_display_name")),
            "category" => Term(WxrTermKind.Category, Wp(element, "category_nicename"), Wp(element, "cat_name"), Wp(element, "category_parent")) with { WordPressId = Number(Wp(element, "term_id")) },
            "tag" => Term(WxrTermKind.Tag, Wp(element, "tag_slug"), Wp(element, "tag_name"), null) with { WordPressId = Number(Wp(element, "term_id")) },
            "term" => Term(TermKind(Wp(element, "term_taxonomy")), Wp(element, "term_slug"), Wp(element, "term_name"), null) with { WordPressId = Number(Wp(element, "term_id")) },
            _ => null,
        };
    }

    private static WxrTermKind TermKind(string taxonomy) => taxonomy switch
    {
        PostFormats.Taxonomy => WxrTermKind.Format,
        "nav_menu" => WxrTermKind.Menu,
        _ => WxrTermKind.Other,
    };

    private static WxrTerm Term(WxrTermKind kind, string slug, string name, string? parent) =>
        new(kind, DecodeSlug(slug), name.Trim(), string.IsNullOrWhiteSpace(parent) ? null : DecodeSlug(parent));

    private static WxrItem Item(XElement item) => new()
    {
        Id = Number(Wp(item, "post_id")),
        Type = Wp(item, "post_type"),
        Title = (string?)item.Element("title") ?? "",
        Creator = (string?)item.Element(DublinCore + "creator") ?? "",
        Content = (string?)item.Element(Content + "encoded") ?? "",
        Excerpt = item.Elements().FirstOrDefault(e => IsExcerpt(e.Name.NamespaceName) && e.Name.LocalName == "encoded")?.Value ?? "",
        DateGmt = Date(Wp(item, "post_date_gmt")),
        DateLocal = Date(Wp(item, "post_date")),
        ModifiedGmt = Date(Wp(item, "post_modified_gmt")),
        Status = Wp(item, "status"),
        Slug = DecodeSlug(Wp(item, "post_name")),
        Password = Wp(item, "post_password"),
        Sticky = Wp(item, "is_sticky") == "1",
        ParentId = Number(Wp(item, "post_parent")),
        MenuOrder = (int)Math.Min(Number(Wp(item, "menu_order")), int.MaxValue),
        CommentsOpen = Wp(item, "comment_status") != "closed",
        AttachmentUrl = Wp(item, "attachment_url") is { Length: > 0 } url ? url : null,
        Terms = item.Elements("category").Select(ItemTerm).ToList(),
        Meta = WpAll(item, "postmeta").Select(meta => new WxrMeta(Wp(meta, "meta_key"), Wp(meta, "meta_value"))).ToList(),
        Comments = WpAll(item, "comment").Select(Comment).ToList(),
        Foreign = item.Elements().Where(e => IsForeign(e.Name.NamespaceName)).Select(WrittenName).ToList(),
    };

    private static WxrItemTerm ItemTerm(XElement category)
    {
        var name = category.Value.Trim();
        var kind = (string?)category.Attribute("domain") switch
        {
            null or "category" => WxrTermKind.Category,
            // WXR 1.0 wrote "tag"; later versions the taxonomy's name.
            "post_tag" or "tag" => WxrTermKind.Tag,
            PostFormats.Taxonomy => WxrTermKind.Format,
            "nav_menu" => WxrTermKind.Menu,
            _ => WxrTermKind.Other,
        };
        var slug = (string?)category.Attribute("nicename") is { Length: > 0 } nicename ? DecodeSlug(nicename) : Infrastructure.Slugs.From(name);
        return new WxrItemTerm(kind, slug, name);
    }

    private static WxrComment Comment(XElement comment) => new()
    {
        Id = Number(Wp(comment, "comment_id")),
        ParentId = Number(Wp(comment, "comment_parent")),
        AuthorName = Wp(comment, "comment_author"),
        AuthorEmail = Wp(comment, "comment_author_email"),
        AuthorUrl = Wp(comment, "comment_author_url"),
        AuthorIp = Wp(comment, "comment_author_IP"),
        DateGmt = Date(Wp(comment, "comment_date_gmt")),
        DateLocal = Date(Wp(comment, "comment_date")),
        Content = Wp(comment, "comment_content"),
        Approved = Wp(comment, "comment_approved"),
        Type = Wp(comment, "comment_type"),
    };

    private static string Wp(XElement parent, string localName) => WpAll(parent, localName).FirstOrDefault()?.Value ?? "";

    private static IEnumerable<XElement> WpAll(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && IsWordPress(e.Name.NamespaceName));

    private static long Number(string text) => long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>WordPress's "2024-03-01 09:30:00"; null for its "0000-00-00 00:00:00" (never set) or anything unreadable.</summary>
    private static DateTime? Date(string text) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    /// <summary>
    /// WordPress stores non-ASCII slugs percent-encoded ("caf%c3%a9"), in whatever Unicode form
    /// the title was typed; Folio keeps the letters, in the one form its addresses use (NFC).
    /// </summary>
    internal static string DecodeSlug(string slug)
    {
        try
        {
            return Uri.UnescapeDataString(slug.Trim()).Normalize(NormalizationForm.FormC).ToLowerInvariant();
        }
        catch (UriFormatException)
        {
            return slug.Trim().ToLowerInvariant();
        }
    }
}
