using System.Globalization;
using System.Text;
using System.Xml;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Media;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>
/// Writes the current site as a WordPress export file (WXR 1.2), streamed, posts read in batches
/// so a large site needs little memory: the channel with its base URLs, the authors, categories
/// and tags, the media library as attachments (their URLs, for WordPress's importer to download),
/// then each post and page with its terms, featured image and comments. Bodies go out as
/// rendered, sanitised HTML in a Custom HTML block, so WordPress shows them exactly as Folio does.
/// </summary>
/// <remarks>
/// One person's share of the site (<see cref="WriteAuthoredByAsync"/>, for "Download your data")
/// is the same file narrowed to what they wrote and uploaded, with their author entry alone and
/// no comments: those are other people's words and addresses.
/// </remarks>
public sealed class WxrExporter(FolioDbContext db, CurrentSite currentSite, PublicOrigin origin, TimeProvider clock)
{
    private const int BatchSize = 200;

    /// <summary>The whole site, for its administrators.</summary>
    public Task WriteAsync(Stream output, CancellationToken cancellationToken) => WriteAsync(output, authorId: null, cancellationToken);

    /// <summary>The posts and pages one account wrote on the site, and the media it uploaded there.</summary>
    public Task WriteAuthoredByAsync(Stream output, long authorId, CancellationToken cancellationToken) => WriteAsync(output, (long?)authorId, cancellationToken);

    private async Task WriteAsync(Stream output, long? authorId, CancellationToken cancellationToken)
    {
        var posts = db.Posts.Where(p => authorId == null || p.AuthorId == authorId);
        var mediaItems = db.Media.Where(m => authorId == null || m.UploaderId == authorId);
        var site = currentSite.Required;
        var home = origin.SiteUrl(site, "/");
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        var wxr = new WxrWriter(xml);
        await wxr.StartAsync();
        await wxr.TextAsync("title", site.Title);
        await wxr.TextAsync("link", home);
        await wxr.TextAsync("description", site.Tagline);
        await wxr.TextAsync("pubDate", clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
        await wxr.TextAsync("language", "en");
        await wxr.WpAsync("wxr_version", "1.2");
        await wxr.WpAsync("base_site_url", home);
        await wxr.WpAsync("base_blog_url", home);

        var logins = await WriteAuthorsAsync(wxr, posts, mediaItems, cancellationToken);
        await WriteTermsAsync(wxr, posts, everyTerm: authorId is null, cancellationToken);
        await wxr.TextAsync("generator", "Folio");

        // WordPress has one ID space for posts and attachments: attachments are numbered after the last post.
        var attachmentOffset = await db.Posts.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;
        var media = await mediaItems.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
        foreach (var item in media) await WriteAttachmentAsync(wxr, site, item, attachmentOffset + item.Id, logins);
        var attachmentIds = media.ToDictionary(MediaUrls.Of, m => attachmentOffset + m.Id);

        for (long after = 0; ;)
        {
            var batch = await posts.AsNoTracking()
                .Include(p => p.Categories).ThenInclude(c => c.Category)
                .Include(p => p.Tags).ThenInclude(t => t.Tag)
                .Include(p => p.CustomFields)
                .Where(p => p.Id > after).OrderBy(p => p.Id).Take(BatchSize)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            var ids = batch.Select(p => p.Id).ToList();
            var comments = (await db.Comments.AsNoTracking().Where(c => authorId == null && ids.Contains(c.PostId)).OrderBy(c => c.Id).ToListAsync(cancellationToken))
                .ToLookup(c => c.PostId);
            var oldPaths = (await db.PostOldPaths.AsNoTracking().Where(o => ids.Contains(o.PostId)).OrderBy(o => o.Id).ToListAsync(cancellationToken))
                .ToLookup(o => o.PostId, o => o.Path);
            foreach (var post in batch) await WritePostAsync(wxr, site, post, comments[post.Id], oldPaths[post.Id], logins, attachmentIds);
            after = batch[^1].Id;
        }
        await wxr.EndAsync();
    }

    /// <summary>The site's authors as <c>wp:author</c>; their logins by account id, for the items' <c>dc:creator</c>.</summary>
    private async Task<Dictionary<long, string>> WriteAuthorsAsync(WxrWriter wxr, IQueryable<Post> posts, IQueryable<MediaItem> media, CancellationToken cancellationToken)
    {
        var authorIds = posts.Select(p => p.AuthorId).Union(media.Select(m => m.UploaderId));
        var accounts = await db.Users.AsNoTracking().Where(a => authorIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            await wxr.Xml.WriteStartElementAsync(null, "author", WxrWriter.Wp);
            await wxr.WpAsync("author_id", account.Id);
            await wxr.CDataAsync("author_login", account.UserName ?? "");
            await wxr.CDataAsync("author_email", account.Email ?? "");
            await wxr.CDataAsync("author_display_name", account.DisplayName);
            await wxr.CDataAsync("author_first_name", "");
            await wxr.CDataAsync("author_last_name", "");
            await wxr.Xml.WriteEndElementAsync();
        }
        return accounts.ToDictionary(a => a.Id, a => a.UserName ?? "");
    }

    /// <summary>The site's categories and tags, every one or those of the posts written out.</summary>
    private async Task WriteTermsAsync(WxrWriter wxr, IQueryable<Post> posts, bool everyTerm, CancellationToken cancellationToken)
    {
        var ids = posts.Select(p => p.Id);
        var categories = db.Categories.Where(c => everyTerm || db.PostCategories.Any(l => l.CategoryId == c.Id && ids.Contains(l.PostId)));
        foreach (var category in await categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken))
        {
            await wxr.Xml.WriteStartElementAsync(null, "category", WxrWriter.Wp);
            await wxr.WpAsync("term_id", category.Id);
            await wxr.CDataAsync("category_nicename", WxrWriter.Slug(category.Slug));
            await wxr.CDataAsync("category_parent", "");
            await wxr.CDataAsync("cat_name", category.Name);
            await wxr.Xml.WriteEndElementAsync();
        }
        var tags = db.Tags.Where(t => everyTerm || db.PostTags.Any(l => l.TagId == t.Id && ids.Contains(l.PostId)));
        foreach (var tag in await tags.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken))
        {
            await wxr.Xml.WriteStartElementAsync(null, "tag", WxrWriter.Wp);
            await wxr.WpAsync("term_id", tag.Id);
            await wxr.CDataAsync("tag_slug", WxrWriter.Slug(tag.Slug));
            await wxr.CDataAsync("tag_name", tag.Name);
            await wxr.Xml.WriteEndElementAsync();
        }
    }

    private async Task WriteAttachmentAsync(WxrWriter wxr, SiteView site, MediaItem item, long id, Dictionary<long, string> logins)
    {
        var url = origin.SiteUrl(site, MediaUrls.Of(item));
        await wxr.Xml.WriteStartElementAsync(null, "item", null);
        await wxr.TextAsync("title", item.OriginalName);
        await wxr.TextAsync("link", url);
        await wxr.TextAsync("pubDate", item.UploadedAt.ToString("r", CultureInfo.InvariantCulture));
        await wxr.CDataAsync("creator", logins.GetValueOrDefault(item.UploaderId, ""), WxrWriter.DublinCore);
        await GuidAsync(wxr, url);
        await wxr.TextAsync("description", "");
        await wxr.CDataAsync("encoded", "", WxrWriter.Content);
        await wxr.CDataAsync("encoded", "", WxrWriter.Excerpt);
        await wxr.WpAsync("post_id", id);
        await DatesAsync(wxr, site.Clock, item.UploadedAt, item.UploadedAt);
        await wxr.CDataAsync("comment_status", "closed");
        await wxr.CDataAsync("ping_status", "closed");
        await wxr.CDataAsync("post_name", WxrWriter.Slug(Slugs.From(Path.GetFileNameWithoutExtension(item.OriginalName))));
        await wxr.CDataAsync("status", "inherit");
        await wxr.WpAsync("post_parent", 0);
        await wxr.WpAsync("menu_order", 0);
        await wxr.CDataAsync("post_type", "attachment");
        await wxr.CDataAsync("post_password", "");
        await wxr.WpAsync("is_sticky", 0);
        await wxr.CDataAsync("attachment_url", url);
        if (item.AltText.Length > 0) await wxr.MetaAsync("_wp_attachment_image_alt", item.AltText);
        await wxr.Xml.WriteEndElementAsync();
    }

    private async Task WritePostAsync(WxrWriter wxr, SiteView site, Post post, IEnumerable<Comment> comments, IEnumerable<string> oldPaths, Dictionary<long, string> logins, Dictionary<string, long> attachmentIds)
    {
        var shortLink = origin.SiteUrl(site, $"/?p={post.Id.ToString(CultureInfo.InvariantCulture)}");
        await wxr.Xml.WriteStartElementAsync(null, "item", null);
        await wxr.TextAsync("title", post.Title);
        await wxr.TextAsync("link", post.PublishedLocal is { } at ? origin.SiteUrl(site, PostPaths.Of(post.Kind, at, post.Slug)) : shortLink);
        await wxr.TextAsync("pubDate", (post.PublishedAt ?? post.CreatedAt).ToString("r", CultureInfo.InvariantCulture));
        await wxr.CDataAsync("creator", logins.GetValueOrDefault(post.AuthorId, ""), WxrWriter.DublinCore);
        await GuidAsync(wxr, shortLink);
        await wxr.TextAsync("description", "");
        // Block markup: WordPress imports each paragraph, heading, list… as its block, and Folio's import knows it needs no paragraphs added.
        await wxr.CDataAsync("encoded", ExportedBodies.AsBlocks(post, path => origin.SiteUrl(site, path)), WxrWriter.Content);
        // As WordPress exports it: only an excerpt written by hand, so the importer makes the rest from the words.
        await wxr.CDataAsync("encoded", PostExcerpts.HandWritten(post.Excerpt, post.BodyHtml), WxrWriter.Excerpt);
        await wxr.WpAsync("post_id", post.Id);
        // post_date is the post's own local date, the one its address was made from, even if the site's zone has changed since.
        await wxr.CDataAsync("post_date", WxrWriter.Date(post.PublishedLocal ?? site.Clock.ToLocal(post.CreatedAt)));
        await wxr.CDataAsync("post_date_gmt", WxrWriter.Date(post.PublishedAt));
        await ModifiedAsync(wxr, site.Clock, post.UpdatedAt);
        await wxr.CDataAsync("comment_status", post.CommentsOpen ? "open" : "closed");
        await wxr.CDataAsync("ping_status", "closed");
        await wxr.CDataAsync("post_name", WxrWriter.Slug(post.Slug));
        await wxr.CDataAsync("status", WordPressStatuses.Export(post.Status));
        await wxr.WpAsync("post_parent", post.ParentId ?? 0);
        await wxr.WpAsync("menu_order", post.MenuOrder);
        await wxr.CDataAsync("post_type", post.Kind == PostKind.Page ? "page" : "post");
        await wxr.CDataAsync("post_password", post.Password ?? "");
        await wxr.WpAsync("is_sticky", post.Sticky ? 1 : 0);
        foreach (var link in post.Categories) await wxr.ItemTermAsync("category", link.Category.Slug, link.Category.Name);
        foreach (var link in post.Tags) await wxr.ItemTermAsync("post_tag", link.Tag.Slug, link.Tag.Name);
        if (post.Format != PostFormat.Standard) await wxr.ItemTermAsync(PostFormats.Taxonomy, PostFormats.TermSlug(post.Format), post.Format.ToString());
        if (post.FeaturedImageUrl is { } image && attachmentIds.TryGetValue(image, out var attachmentId))
            await wxr.MetaAsync("_thumbnail_id", attachmentId.ToString(CultureInfo.InvariantCulture));
        foreach (var field in post.CustomFields.OrderBy(f => f.Id)) await wxr.MetaAsync(field.Key, field.Value);
        foreach (var old in WxrOldAddresses.Export(post, oldPaths)) await wxr.MetaAsync(old.Key, old.Value);
        foreach (var comment in comments) await WriteCommentAsync(wxr, site.Clock, comment);
        await wxr.Xml.WriteEndElementAsync();
    }

    private static async Task WriteCommentAsync(WxrWriter wxr, SiteClock siteClock, Comment comment)
    {
        await wxr.Xml.WriteStartElementAsync(null, "comment", WxrWriter.Wp);
        await wxr.WpAsync("comment_id", comment.Id);
        await wxr.CDataAsync("comment_author", comment.AuthorName);
        await wxr.CDataAsync("comment_author_email", comment.AuthorEmail);
        await wxr.WpAsync("comment_author_url", comment.AuthorUrl ?? "");
        await wxr.CDataAsync("comment_author_IP", comment.IpAddress ?? "");
        await wxr.WpAsync("comment_date", WxrWriter.Date(siteClock.ToLocal(comment.CreatedAt)));
        await wxr.WpAsync("comment_date_gmt", WxrWriter.Date(comment.CreatedAt));
        await wxr.CDataAsync("comment_content", comment.Body);
        await wxr.CDataAsync("comment_approved", comment.Status switch
        {
            CommentStatus.Approved => "1",
            CommentStatus.Spam => "spam",
            CommentStatus.Trash => "trash",
            _ => "0",
        });
        await wxr.CDataAsync("comment_type", "comment");
        await wxr.WpAsync("comment_parent", comment.ParentId ?? 0);
        await wxr.WpAsync("comment_user_id", 0);
        await wxr.Xml.WriteEndElementAsync();
    }

    private static async Task GuidAsync(WxrWriter wxr, string url)
    {
        await wxr.Xml.WriteStartElementAsync(null, "guid", null);
        await wxr.Xml.WriteAttributeStringAsync(null, "isPermaLink", null, "false");
        await wxr.Xml.WriteStringAsync(url);
        await wxr.Xml.WriteEndElementAsync();
    }

    /// <summary>Folio keeps UTC only, so the site's "local" dates are its UTC ones.</summary>
    /// <summary>An item's dates as WordPress writes them: each on the site's clock, then in UTC.</summary>
    private static async Task DatesAsync(WxrWriter wxr, SiteClock siteClock, DateTime date, DateTime modified)
    {
        await wxr.CDataAsync("post_date", WxrWriter.Date(siteClock.ToLocal(date)));
        await wxr.CDataAsync("post_date_gmt", WxrWriter.Date(date));
        await ModifiedAsync(wxr, siteClock, modified);
    }

    private static async Task ModifiedAsync(WxrWriter wxr, SiteClock siteClock, DateTime modified)
    {
        await wxr.CDataAsync("post_modified", WxrWriter.Date(siteClock.ToLocal(modified)));
        await wxr.CDataAsync("post_modified_gmt", WxrWriter.Date(modified));
    }
}
