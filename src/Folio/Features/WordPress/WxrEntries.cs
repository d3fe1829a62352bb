namespace Folio.Features.WordPress;

/// <summary>One top-level entry of a WordPress export, read from the file one at a time.</summary>
public abstract record WxrEntry;

/// <summary>
/// An element of the channel in a namespace no WordPress export writes (a plugin's data), which
/// the import passes over and counts; <see cref="Name"/> as the file writes it (<c>prefix:name</c>).
/// </summary>
public sealed record WxrForeign(string Name) : WxrEntry;

/// <summary>A <c>wp:author</c>: who wrote posts on the WordPress site.</summary>
public sealed record WxrAuthor(string Login, string Email, string DisplayName) : WxrEntry;

public enum WxrTermKind
{
    Category,
    Tag,

    /// <summary>A post format (<c>post_format</c>: <c>post-format-aside</c>…), kept on the post, not as a term.</summary>
    Format,

    /// <summary>A navigation menu (<c>nav_menu</c>), which its <c>nav_menu_item</c> items fill (<see cref="WxrMenus"/>).</summary>
    Menu,

    /// <summary>Any other taxonomy (<c>wp:term</c>: custom taxonomies).</summary>
    Other,
}

/// <summary>A <c>wp:category</c>, <c>wp:tag</c> or <c>wp:term</c>; <paramref name="ParentSlug"/> only for nested categories.</summary>
public sealed record WxrTerm(WxrTermKind Kind, string Slug, string Name, string? ParentSlug) : WxrEntry
{
    /// <summary><c>wp:term_id</c>, by which menu items name the term they link to; 0 when the file has none.</summary>
    public long WordPressId { get; init; }
}

/// <summary>A category or tag named on an item (<c>&lt;category domain="post_tag" nicename="…"&gt;</c>).</summary>
public sealed record WxrItemTerm(WxrTermKind Kind, string Slug, string Name);

/// <summary>A custom field (<c>wp:postmeta</c>).</summary>
public sealed record WxrMeta(string Key, string Value);

/// <summary>An <c>item</c>: a post, page, attachment, menu item… (<see cref="Type"/> is <c>wp:post_type</c>).</summary>
public sealed record WxrItem : WxrEntry
{
    public required long Id { get; init; }
    public required string Type { get; init; }
    public string Title { get; init; } = "";
    public string Creator { get; init; } = "";
    public string Content { get; init; } = "";
    public string Excerpt { get; init; } = "";

    /// <summary><c>wp:post_date_gmt</c>, or null when WordPress wrote zeros (drafts).</summary>
    public DateTime? DateGmt { get; init; }

    /// <summary><c>wp:post_date</c>, in the WordPress site's own time zone.</summary>
    public DateTime? DateLocal { get; init; }

    public DateTime? ModifiedGmt { get; init; }
    public string Status { get; init; } = "";

    /// <summary><c>wp:post_name</c> as WordPress stores it (non-ASCII letters percent-encoded).</summary>
    public string Slug { get; init; } = "";

    public string Password { get; init; } = "";
    public bool Sticky { get; init; }

    /// <summary><c>wp:post_parent</c>: the WordPress ID of the page (or post) this one sits under, 0 for none.</summary>
    public long ParentId { get; init; }

    public int MenuOrder { get; init; }
    public bool CommentsOpen { get; init; } = true;
    public string? AttachmentUrl { get; init; }
    public IReadOnlyList<WxrItemTerm> Terms { get; init; } = [];
    public IReadOnlyList<WxrMeta> Meta { get; init; } = [];
    public IReadOnlyList<WxrComment> Comments { get; init; } = [];

    /// <summary>The item's elements in namespaces no WordPress export writes (plugins' data), passed over.</summary>
    public IReadOnlyList<string> Foreign { get; init; } = [];

    /// <summary>The attachment that is the featured image (<c>_thumbnail_id</c>), if any.</summary>
    public long? ThumbnailId => long.TryParse(Meta.FirstOrDefault(m => m.Key == "_thumbnail_id")?.Value, out var id) ? id : null;
}

/// <summary>A <c>wp:comment</c> of an item; <see cref="Approved"/> is WordPress's word: 1, 0, spam, trash.</summary>
public sealed record WxrComment
{
    public required long Id { get; init; }
    public long ParentId { get; init; }
    public string AuthorName { get; init; } = "";
    public string AuthorEmail { get; init; } = "";
    public string AuthorUrl { get; init; } = "";
    public string AuthorIp { get; init; } = "";
    public DateTime? DateGmt { get; init; }
    public DateTime? DateLocal { get; init; }
    public string Content { get; init; } = "";
    public string Approved { get; init; } = "";

    /// <summary>Empty (or "comment") for a comment; "pingback" or "trackback" otherwise.</summary>
    public string Type { get; init; } = "";
}

/// <summary>What a first pass over the file found: the channel, how many items, and where each attachment lives.</summary>
public sealed record WxrSurvey(string Version, string? BaseSiteUrl, int ItemCount, IReadOnlyDictionary<long, string> AttachmentUrls)
{
    /// <summary>The newest version of the format Folio knows, as WordPress's importer does.</summary>
    public static readonly Version LatestKnownVersion = new(1, 2);

    /// <summary>
    /// A version WordPress has not written yet: read all the same (WordPress's importer warns and
    /// goes on), since what Folio knows is still there; what is new may not be imported.
    /// </summary>
    public bool IsNewerThanKnown => !System.Version.TryParse(Version, out var version) || version > LatestKnownVersion;
}

/// <summary>The file is not one Folio will import: a DTD, malformed XML, or not a WordPress export at all.</summary>
public sealed class WxrRefusedException(string message) : Exception(message);
