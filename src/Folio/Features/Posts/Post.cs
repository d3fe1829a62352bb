using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;

namespace Folio.Features.Posts;

public class Post : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public long AuthorId { get; set; }
    public Account Author { get; set; } = null!;

    public PostKind Kind { get; set; } = PostKind.Post;

    public required string Title { get; set; }

    /// <summary>Unique within the site; the last segment of the permalink.</summary>
    public required string Slug { get; set; }

    /// <summary>What the author wrote, in <see cref="BodyFormat"/>; set with <see cref="SetBody"/>.</summary>
    public string Body { get; private set; } = "";

    public BodyFormat BodyFormat { get; private set; }

    /// <summary>The body rendered and sanitised at write time; pages print it as it is.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>The one way to change the words: only a rendered, sanitised <see cref="PostBody"/> may be stored.</summary>
    public void SetBody(PostBody body) => (Body, BodyFormat, BodyHtml) = (body.Text, body.Format, body.Html);

    /// <summary>Plain text for summaries, feeds and meta descriptions.</summary>
    public string Excerpt { get; set; } = "";

    public PostStatus Status { get; set; }

    /// <summary>UTC. For a scheduled post, when it goes live. Set with <see cref="SetPublishedAt(DateTime?, SiteClock)"/>.</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>
    /// <see cref="PublishedAt"/> on the site's clock when it was set (WordPress's <c>post_date</c>):
    /// the date in the post's address and the one readers see. Kept, not worked out again, so a
    /// site that changes its time zone moves no post to another address.
    /// </summary>
    public DateTime? PublishedLocal { get; private set; }

    /// <summary>
    /// Dates the post; the local date follows the site's clock unless the instant is the one
    /// already stored, whose local date stays as it was.
    /// </summary>
    public void SetPublishedAt(DateTime? utc, SiteClock clock)
    {
        if (utc == PublishedAt && (utc is null || PublishedLocal is not null)) return;
        SetPublishedAt(utc, utc is { } at ? clock.ToLocal(at) : null);
    }

    /// <summary>Dates the post with a local date given with it, as a WordPress export gives both.</summary>
    public void SetPublishedAt(DateTime? utc, DateTime? local) =>
        (PublishedAt, PublishedLocal) = (utc, utc is null ? null : DateTime.SpecifyKind(local!.Value, DateTimeKind.Unspecified));

    /// <summary>UTC. When the post was moved to the Trash; null unless its status is <see cref="PostStatus.Trash"/>.</summary>
    public DateTime? TrashedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool CommentsOpen { get; set; } = true;

    /// <summary>Whether readers may like this post (when the site allows likes at all).</summary>
    public bool LikesOpen { get; set; } = true;

    /// <summary>Kept at the top of the front page, above newer posts, as WordPress's sticky posts are (posts only).</summary>
    public bool Sticky { get; set; }

    /// <summary>
    /// For a page: the page it sits under (WordPress's <c>post_parent</c>), or null at the top.
    /// Not a foreign key: deleting a page lifts its children to the top in the same transaction
    /// (<see cref="PostDeletion"/>), and a constraint would make SQLite rebuild the posts table.
    /// </summary>
    public long? ParentId { get; set; }

    /// <summary>For a page: its place among its siblings, lowest first (WordPress's <c>menu_order</c>).</summary>
    public int MenuOrder { get; set; }

    /// <summary>For a post: how themes present it (WordPress's post formats); <see cref="PostFormat.Standard"/> for most.</summary>
    public PostFormat Format { get; set; }

    /// <summary>
    /// When set, readers see the words and the discussion only after typing this password, as
    /// with WordPress's password-protected posts. It is a word the author hands out and the
    /// site's writers may read back in the editor (and an export carries, for WordPress), not an
    /// account's secret; so it is kept as typed. See <see cref="PostProtection"/>.
    /// </summary>
    public string? Password { get; set; }

    /// <summary>
    /// When followers were told of the post by email; null until then. Set once, by a
    /// conditional update, so no follower hears of a post twice.
    /// </summary>
    public DateTime? AnnouncedAt { get; set; }

    /// <summary>A site-relative URL of the post's featured image, or null.</summary>
    public string? FeaturedImageUrl { get; set; }

    /// <summary>For a curated repost: the article it is based on.</summary>
    public string? OriginalUrl { get; set; }

    /// <summary>For a curated repost: the publication the original appeared in.</summary>
    public string? SourceName { get; set; }

    /// <summary>When true the page's <c>rel=canonical</c> names the original, not this post.</summary>
    public bool CanonicalToOriginal { get; set; }

    /// <summary>For a curated repost: who wrote the original, when the source names them.</summary>
    public string? OriginalAuthor { get; set; }

    /// <summary>Asks search engines not to index the page (a full copy of someone else's article).</summary>
    public bool NoIndex { get; set; }

    /// <summary>
    /// The post's ID in the WordPress site it was imported from (<c>wp:post_id</c>), or null.
    /// Unique within the site, so importing the same export twice adds nothing, and
    /// <c>/?p={id}</c> links keep working.
    /// </summary>
    public long? WordPressId { get; set; }

    public List<PostCategory> Categories { get; set; } = [];

    /// <summary>Custom fields a WordPress import brought along, kept so an export gives them back.</summary>
    public List<PostCustomField> CustomFields { get; set; } = [];
    public List<PostTag> Tags { get; set; } = [];
}
