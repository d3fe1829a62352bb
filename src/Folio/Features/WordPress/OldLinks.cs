using Folio.Data;
using Folio.Features.Media;
using Folio.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>
/// Where WordPress's other addresses for a post or file lead on this site. <c>?p=</c> and
/// <c>?page_id=</c> name the WordPress ID of an imported post; failing that, Folio's own post ID
/// (the ID a Folio export writes), so short links keep working after a move in either direction.
/// Only public posts are found: an old link never reveals a draft.
/// </summary>
public sealed class OldLinks(FolioDbContext db, TimeProvider clock)
{
    public async Task<string?> PostPathAsync(long id, CancellationToken cancellationToken)
    {
        var visible = db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime));
        var post = await visible.Where(p => p.WordPressId == id).Select(p => new { p.Kind, p.PublishedLocal, p.Slug }).FirstOrDefaultAsync(cancellationToken)
            ?? await visible.Where(p => p.Id == id).Select(p => new { p.Kind, p.PublishedLocal, p.Slug }).FirstOrDefaultAsync(cancellationToken);
        return post is null ? null : PostPaths.Of(post.Kind, post.PublishedLocal!.Value, post.Slug);
    }

    /// <summary>An imported attachment's file in the media library.</summary>
    public async Task<string?> AttachmentPathAsync(long wordPressId, CancellationToken cancellationToken) =>
        await db.Media.AsNoTracking().Where(m => m.WordPressId == wordPressId).Select(m => m.StoredName).FirstOrDefaultAsync(cancellationToken) is { } name
            ? MediaUrls.Prefix + name
            : null;

    /// <summary>An imported upload, or one of its sizes, by its path under WordPress's uploads folder.</summary>
    public async Task<string?> UploadPathAsync(string path, CancellationToken cancellationToken)
    {
        var upload = UploadsPaths.WithoutSize(path);
        return await db.Media.AsNoTracking().Where(m => m.WordPressPath == upload).Select(m => m.StoredName).FirstOrDefaultAsync(cancellationToken) is { } name
            ? MediaUrls.Prefix + name
            : null;
    }

    /// <summary>
    /// An imported upload by its attachment page's slug, the last segment of WordPress's
    /// <c>/{post}/{attachment}/</c> and <c>/attachment/{attachment}/</c>: WordPress makes that slug
    /// from the file's name, so the upload whose name it is. Folio has no attachment pages; the file is the page.
    /// </summary>
    public async Task<string?> AttachmentPathBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var atTop = LikeEscaped(slug.ToLowerInvariant()) + ".%";
        var inFolder = "%/" + atTop;
        return await db.Media.AsNoTracking()
            .Where(m => m.WordPressPath != null && (EF.Functions.Like(m.WordPressPath.ToLower(), inFolder, LikeEscape) || EF.Functions.Like(m.WordPressPath.ToLower(), atTop, LikeEscape)))
            .OrderBy(m => m.Id).Select(m => m.StoredName).FirstOrDefaultAsync(cancellationToken) is { } name
            ? MediaUrls.Prefix + name
            : null;
    }

    private const string LikeEscape = "\\";

    private static string LikeEscaped(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>The author archive of the member who now writes an imported WordPress login's posts.</summary>
    public async Task<string?> AuthorPathAsync(string login, CancellationToken cancellationToken)
    {
        var accountId = db.ImportedAuthors.Where(a => a.Login == login).Select(a => a.AccountId);
        return await db.SiteMembers.AsNoTracking().Where(m => accountId.Contains(m.AccountId)).Select(m => m.Account.UserName).FirstOrDefaultAsync(cancellationToken) is { } name
            ? PostPaths.Author(name)
            : null;
    }

    /// <summary>
    /// The page with this slug, else the post: the last segment of WordPress's deeper addresses
    /// (a child page's <c>/parent/child/</c>, a <c>/%category%/%postname%/</c> permalink). Pages
    /// first, as WordPress resolves a path to a page before a post.
    /// </summary>
    public async Task<(PostKind Kind, string Path)?> PathBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime)).Where(p => p.Slug == slug)
            .OrderByDescending(p => p.Kind == PostKind.Page).Select(p => new { p.Kind, p.PublishedLocal }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Kind, PostPaths.Of(found.Kind, found.PublishedLocal!.Value, slug));
    }

    /// <summary>A post by its slug, for WordPress's "/{yyyy}/{MM}/{slug}/" permalinks.</summary>
    public async Task<string?> PostPathBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime))
            .Where(p => p.Kind == PostKind.Post && p.Slug == slug).Select(p => new { p.PublishedLocal, p.Slug }).FirstOrDefaultAsync(cancellationToken);
        return post is null ? null : PostPaths.Permalink(post.PublishedLocal!.Value, post.Slug);
    }
}
