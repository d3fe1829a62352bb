using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary>
/// Writing comments through <c>/wp-json/wp/v2/comments</c>. Anyone with an account may comment
/// (under the same rules, limits and moderation as the comment form); the site's editors and
/// administrators, who moderate on the dashboard, may also change, approve, hold, trash and
/// delete them. As in WordPress, the API takes no comments from people who are not logged in.
/// </summary>
public sealed class RestCommentWrites(
    FolioDbContext db, SiteAccess access, SubmitCommentHandler submitComment, EditCommentHandler editComment, ModerateCommentHandler moderate,
    DeleteCommentHandler deleteComment, RestComments comments, Localizer T)
{
    public async Task<IResult> CreateAsync(HttpContext context)
    {
        if (access.AccountId is null)
            return RestPaging.Error("rest_comment_login_required", "Sorry, you must be logged in to comment.", StatusCodes.Status401Unauthorized);
        var (fields, bodyError) = await RestFields.ReadAsync(context.Request);
        if (fields is null) return bodyError!;
        var (postId, postProblem) = fields.Id("post");
        if (postProblem is not null || postId is null)
            return RestPaging.InvalidParameter("post", "post must be the id of the post to comment on.");
        var (parentId, parentProblem) = fields.Id("parent");
        if (parentProblem is not null) return RestPaging.InvalidParameter("parent", parentProblem);

        var typedPassword = fields.Text("password");
        SubmitCommentResult result;
        // The API answers in English, as WordPress's does, whatever the site's language.
        using (LanguageScope.Of(Catalogues.English))
            result = await submitComment.HandleAsync(
                new SubmitComment(postId.Value, parentId is 0 ? null : parentId, fields.Text("content") ?? "", Name: null, Email: null, Url: null, Honeypot: null,
                    context.Connection.RemoteIpAddress?.ToString(), UserAgent: context.Request.Headers.UserAgent.ToString(),
                    GavePassword: password => PostPasswordGate.Matches(typedPassword, password)),
                context.SiteUrl, context.RequestAborted);
        if (result.Refusal is { } refusal)
        {
            using (LanguageScope.Of(Catalogues.English)) return Refused(refusal, context.Response);
        }
        return RestPaging.Created(context, $"{RestApiRoutes.Url(context, "comments")}/{result.Comment!.Id}", await comments.AnyAsync(result.Comment.Id, context));
    }

    /// <summary>A refused comment as WordPress answers it: its error codes and statuses, Folio's words where WordPress has no rule of its own.</summary>
    private IResult Refused(CommentRefusal refusal, HttpResponse response)
    {
        switch (refusal)
        {
            case CommentRefusal.PostNotFound:
                return RestPaging.Error("rest_comment_invalid_post_id", "Sorry, you are not allowed to create this comment without a post.", StatusCodes.Status403Forbidden);
            case CommentRefusal.PasswordRequired:
                return RestPaging.Error("rest_cannot_read_post", "Sorry, you are not allowed to read the post for this comment: give its password.", StatusCodes.Status403Forbidden);
            case CommentRefusal.TooFast tooFast:
                RateLimits.Refuse(response, tooFast.Wait);
                return RestPaging.Error("comment_flood", refusal.Message(T), StatusCodes.Status429TooManyRequests);
            case CommentRefusal.DiscussionClosed:
                return RestPaging.Error("rest_comment_closed", "Sorry, comments are closed for this item.", StatusCodes.Status403Forbidden);
            case CommentRefusal.Duplicate:
                return RestPaging.Error("comment_duplicate", refusal.Message(T), StatusCodes.Status409Conflict);
            default:
                return RestPaging.Error("rest_comment_failed", refusal.Message(T), StatusCodes.Status400BadRequest);
        }
    }

    public async Task<IResult> UpdateAsync(long id, HttpContext context)
    {
        if (await ModeratorProblemAsync("rest_cannot_edit", "Sorry, you are not allowed to edit this comment.", context) is { } refused) return refused;
        var stored = await db.Comments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Body, c.AuthorName, c.AuthorEmail, c.AuthorUrl }).FirstOrDefaultAsync(context.RequestAborted);
        if (stored is null) return RestComments.InvalidId();
        var (fields, bodyError) = await RestFields.ReadAsync(context.Request);
        if (fields is null) return bodyError!;

        var status = fields.Text("status") is { } statusName ? RestCommentStatus.Parse(statusName) : null;
        if (fields.Has("status") && status is null)
            return RestPaging.InvalidParameter("status", "status is not one of approved, hold, spam, trash.");

        var content = fields.Text("content");
        if (content is not null || fields.Has("author_name") || fields.Has("author_email") || fields.Has("author_url"))
        {
            IReadOnlyList<string> errors;
            // The API answers in English, as WordPress's does, whatever the site's language; the dashboard says the same refusals in the person's.
            using (LanguageScope.Of(Catalogues.English))
                errors = await editComment.HandleAsync(new EditComment(id, content ?? stored.Body,
                    fields.Text("author_name") ?? stored.AuthorName, fields.Text("author_email") ?? stored.AuthorEmail, fields.Text("author_url") ?? stored.AuthorUrl), context.RequestAborted);
            if (errors.Count > 0) return RestPaging.Error("rest_comment_failed", string.Join(" ", errors), StatusCodes.Status400BadRequest);
        }
        if (status is { } wanted) await moderate.HandleAsync([id], wanted, context.RequestAborted);
        return Results.Json(await comments.AnyAsync(id, context));
    }

    public async Task<IResult> DeleteAsync(long id, HttpContext context)
    {
        if (await ModeratorProblemAsync("rest_cannot_delete", "Sorry, you are not allowed to delete this comment.", context) is { } refused) return refused;
        if (await comments.AnyAsync(id, context) is not { } previous) return RestComments.InvalidId();
        var (fields, bodyError) = await RestFields.ReadAsync(context.Request);
        if (fields is null) return bodyError!;
        if (fields.Flag("force"))
        {
            await deleteComment.HandleAsync(id, context.RequestAborted);
            return Results.Json(new { deleted = true, previous });
        }
        await moderate.HandleAsync([id], CommentStatus.Trash, context.RequestAborted);
        return Results.Json(await comments.AnyAsync(id, context));
    }

    /// <summary>Null when the caller moderates this site's comments; otherwise WordPress's refusal (401 without credentials, 403 without the role).</summary>
    private async Task<IResult?> ModeratorProblemAsync(string code, string message, HttpContext context)
    {
        if (access.AccountId is null) return RestPaging.Error(code, message, StatusCodes.Status401Unauthorized);
        return await access.RoleAsync(context.RequestAborted) is <= SiteRole.Editor ? null : RestPaging.Error(code, message, StatusCodes.Status403Forbidden);
    }
}
