using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>/wp-json/wp/v2/comments</c>: approved comments on public posts. A commenter's email and
/// address are never part of the answer.
/// </summary>
public sealed class RestComments(FolioDbContext db, CurrentSite currentSite, TimeProvider clock)
{
    private static readonly string[] OrderBys = ["date_gmt", "date", "id"];

    private sealed record Row(long Id, long PostId, long? ParentId, long? AccountId, string AuthorName, string? AuthorUrl, string AvatarSeed, string? ExternalAvatar,
        CommentStatus Status, string Body, string BodyHtml, DateTime CreatedAt, PostKind PostKind, DateTime? PostPublishedLocal, string PostSlug);

    public async Task<IResult> ListAsync(HttpContext context)
    {
        var (paging, error) = RestPaging.From(context.Request, "date_gmt", OrderBys);
        if (paging is null) return error!;
        var (postIds, invalid) = RestPaging.Ids(context.Request, "post");
        if (invalid is not null) return invalid;
        var (parents, invalidParents) = RestPaging.Ids(context.Request, "parent");
        if (invalidParents is not null) return invalidParents;
        var query = Visible();
        if (postIds is not null) query = query.Where(c => postIds.Contains(c.PostId));
        if (parents is not null) query = query.Where(c => parents.Contains(c.ParentId ?? 0));
        var total = await query.CountAsync(context.RequestAborted);
        var ordered = paging.OrderBy == "id"
            ? paging.Ascending ? query.OrderBy(c => c.Id) : query.OrderByDescending(c => c.Id)
            : paging.Ascending ? query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id) : query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        var rows = await Project(ordered.Skip(paging.Skip).Take(paging.PerPage)).ToListAsync(context.RequestAborted);
        var items = new List<Dictionary<string, object?>>();
        foreach (var row in rows) items.Add(await WithEmbedsAsync(row, context));
        return paging.Answer(context.Response, total, items);
    }

    public async Task<IResult> OneAsync(long id, HttpContext context)
    {
        var row = await Project(Visible().Where(c => c.Id == id)).FirstOrDefaultAsync(context.RequestAborted);
        return row is null ? InvalidId() : Results.Json(await WithEmbedsAsync(row, context));
    }

    /// <summary>The comment, with what <c>?_embed</c> asks for.</summary>
    private async Task<Dictionary<string, object?>> WithEmbedsAsync(Row row, HttpContext context)
    {
        var comment = Shape(row, context);
        // Resolved here, not injected: the embeds of a post hold its comments.
        if (RestEmbeds.Wanted(context.Request))
            comment["_embedded"] = await context.RequestServices.GetRequiredService<RestEmbeds>().ForCommentAsync(row.AccountId, row.PostId, row.PostKind, context);
        return comment;
    }

    /// <summary>Any comment of the site, whatever its status, with its raw text: for a moderator, or for the caller who just wrote it; null when there is none.</summary>
    public async Task<Dictionary<string, object?>?> AnyAsync(long id, HttpContext context) =>
        await Project(db.Comments.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(context.RequestAborted) is { } row ? Shape(row, context, withRaw: true) : null;

    public static IResult InvalidId() => RestPaging.NotFound("rest_comment_invalid_id", "Invalid comment ID.");

    /// <summary>A public post's approved comments, oldest first, as <c>_embed</c> nests them.</summary>
    public async Task<IReadOnlyList<Dictionary<string, object?>>> OfPostAsync(long postId, HttpContext context) =>
        (await Project(Visible().Where(c => c.PostId == postId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)).ToListAsync(context.RequestAborted))
            .Select(row => Shape(row, context)).ToList();

    private IQueryable<Comment> Visible()
    {
        var publicPosts = db.Posts.Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime));
        // A protected post's discussion is behind its password too.
        return db.Comments.AsNoTracking().Where(c => c.Status == CommentStatus.Approved && publicPosts.Any(p => p.Id == c.PostId && p.Password == null));
    }

    private IQueryable<Row> Project(IQueryable<Comment> query) =>
        query.Select(c => new Row(c.Id, c.PostId, c.ParentId, c.AccountId, c.AuthorName, c.AuthorUrl, c.AvatarSeed,
            db.ExternalIdentities.Where(i => i.Id == c.ExternalIdentityId).Select(i => i.AvatarPath).FirstOrDefault(),
            c.Status, c.Body, c.BodyHtml, c.CreatedAt,
            db.Posts.Where(p => p.Id == c.PostId).Select(p => p.Kind).First(),
            db.Posts.Where(p => p.Id == c.PostId).Select(p => p.PublishedLocal).First(),
            db.Posts.Where(p => p.Id == c.PostId).Select(p => p.Slug).First()));

    private Dictionary<string, object?> Shape(Row row, HttpContext context, bool withRaw = false)
    {
        var postPath = row.PostPublishedLocal is { } published ? PostPaths.Of(row.PostKind, published, row.PostSlug) : $"/?p={row.PostId}";
        var avatar = row.ExternalAvatar is { } path ? context.SiteUrl(path) : context.SiteUrl(Avatars.Url(row.AvatarSeed));
        var collection = RestApiRoutes.Url(context, "comments");
        return new Dictionary<string, object?>
        {
            ["id"] = row.Id,
            ["post"] = row.PostId,
            ["parent"] = row.ParentId ?? 0,
            ["author"] = row.AccountId ?? 0,
            ["author_name"] = row.AuthorName,
            ["author_url"] = row.AuthorUrl ?? "",
            ["date"] = RestDates.Format(currentSite.Required.Clock.ToLocal(row.CreatedAt)),
            ["date_gmt"] = RestDates.Format(row.CreatedAt),
            ["content"] = withRaw ? new { raw = row.Body, rendered = row.BodyHtml } : new { rendered = row.BodyHtml },
            ["link"] = context.SiteUrl($"{postPath}#comment-{row.Id}"),
            ["status"] = RestCommentStatus.Name(row.Status),
            ["type"] = "comment",
            ["author_avatar_urls"] = new Dictionary<string, string> { ["24"] = avatar, ["48"] = avatar, ["96"] = avatar },
            ["meta"] = Array.Empty<object>(),
            ["_links"] = new Dictionary<string, object>
            {
                ["self"] = new[] { new { href = $"{collection}/{row.Id}" } },
                ["collection"] = new[] { new { href = collection } },
                ["up"] = new[] { new { embeddable = true, post_type = row.PostKind == PostKind.Page ? "page" : "post", href = $"{RestApiRoutes.Url(context, row.PostKind == PostKind.Page ? "pages" : "posts")}/{row.PostId}" } },
            },
        };
    }
}
