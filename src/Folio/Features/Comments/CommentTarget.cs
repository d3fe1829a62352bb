using Folio.Data;
using Folio.Features.Notifications;
using Folio.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>
/// What a new comment needs of the post it is posted on: whether it takes comments, its address
/// and title for the links and mails, its password if it has one, and whom to tell (its author's
/// mail setting, whether anyone follows its comments). Read in one query, instead of the post
/// page's read model, which carries every comment of the post and is evicted by each new one.
/// </summary>
public sealed record CommentTarget(
    long Id, PostKind Kind, string Slug, string Title, DateTime PublishedAt, bool CommentsOpen, string? Password,
    long AuthorId, string? AuthorEmail, bool AuthorWantsCommentMail, bool HasSubscribers)
{
    public string Path => PostPaths.Of(Kind, PublishedAt, Slug);

    /// <summary>The post's author as <see cref="NotifyBloggers"/> tells them of a comment: mailed only if they asked for comment mail.</summary>
    public BloggerToTell Author => new(AuthorId, AuthorWantsCommentMail ? AuthorEmail : null);
}

/// <summary>Reads <see cref="CommentTarget"/>s: only public posts take comments (<see cref="PostVisibility"/>).</summary>
public sealed class CommentTargets(FolioDbContext db, TimeProvider clock)
{
    /// <summary>The public post (not a static page) with this slug, as the post page finds it; null if there is none.</summary>
    public Task<CommentTarget?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        Project(db.Posts.Where(p => p.Kind == PostKind.Post && p.Slug == slug)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The public post or page with this id; null if there is none.</summary>
    public Task<CommentTarget?> ByIdAsync(long postId, CancellationToken cancellationToken) =>
        Project(db.Posts.Where(p => p.Id == postId)).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<CommentTarget?> Project(IQueryable<Post> posts) =>
        posts.AsNoTracking().Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime))
            .Select(p => new CommentTarget(p.Id, p.Kind, p.Slug, p.Title, p.PublishedAt!.Value, p.CommentsOpen, p.Password,
                p.AuthorId, p.Author.Email, p.Author.EmailOnComment,
                db.CommentSubscriptions.Any(s => s.PostId == p.Id && s.ConfirmedAt != null)));
}
