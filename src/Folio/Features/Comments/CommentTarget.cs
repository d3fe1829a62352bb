using System.Linq.Expressions;
using Folio.Data;
using Folio.Infrastructure;
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
    long Id, PostKind Kind, string Slug, string Title, DateTime PublishedAt, DateTime PublishedLocal, bool CommentsOpen, string? Password,
    long AuthorId, string? AuthorEmail, string? AuthorLanguage, bool AuthorWantsCommentMail, bool HasSubscribers)
{
    public string Path => PostPaths.Of(Kind, PublishedLocal, Slug);

    /// <summary>
    /// The post's author as <see cref="NotifyBloggers"/> tells them of a comment: mailed only if
    /// they asked for comment mail, in their language, else the site's.
    /// </summary>
    public BloggerToTell Author(string siteLanguage) => new(AuthorId, AuthorWantsCommentMail ? AuthorEmail : null, AuthorLanguage ?? siteLanguage);
}

/// <summary>Reads <see cref="CommentTarget"/>s: only public posts take comments (<see cref="PostVisibility"/>).</summary>
/// <remarks>Compiled queries: every comment POST runs one, so it skips building and looking up its LINQ each time.</remarks>
public sealed class CommentTargets(FolioDbContext db, TimeProvider clock)
{
    private static readonly CompiledPerModel<Func<FolioDbContext, string, DateTime, CancellationToken, Task<CommentTarget?>>> BySlug =
        new(() => Compile<string>((p, slug) => p.Kind == PostKind.Post && p.Slug == slug));

    private static readonly CompiledPerModel<Func<FolioDbContext, long, DateTime, CancellationToken, Task<CommentTarget?>>> ById =
        new(() => Compile<long>((p, postId) => p.Id == postId));

    /// <summary>The public post (not a static page) with this slug, as the post page finds it; null if there is none.</summary>
    public Task<CommentTarget?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        BySlug.For(db)(db, slug, clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>The public post or page with this id; null if there is none.</summary>
    public Task<CommentTarget?> ByIdAsync(long postId, CancellationToken cancellationToken) =>
        ById.For(db)(db, postId, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private static Func<FolioDbContext, TKey, DateTime, CancellationToken, Task<CommentTarget?>> Compile<TKey>(Expression<Func<Post, TKey, bool>> which)
    {
        Expression<Func<FolioDbContext, TKey, DateTime, CancellationToken, CommentTarget?>> query = (db, key, now, _) =>
            db.Posts.AsNoTracking().Where(p => which.Holds(p, key) && PostVisibility.IsPublic.Holds(p, now))
                .Select(p => new CommentTarget(p.Id, p.Kind, p.Slug, p.Title, p.PublishedAt!.Value, p.PublishedLocal!.Value, p.CommentsOpen, p.Password,
                    p.AuthorId, p.Author.Email, p.Author.Language, p.Author.EmailOnComment,
                    db.CommentSubscriptions.Any(s => s.PostId == p.Id && s.ConfirmedAt != null)))
                .FirstOrDefault();
        return EF.CompileAsyncQuery(QueryRules.Expand(query));
    }
}
