using Folio.Data;
using Folio.Features.Posts;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>A moderator's correction of a comment: its text and its author's name, email and website.</summary>
public sealed record EditComment(long CommentId, string Body, string? Name, string? Email, string? Url);

/// <summary>Saves a moderator's edit under the same rules as a new comment, re-rendered and sanitised, and evicts the post's pages.</summary>
public sealed class EditCommentHandler(FolioDbContext db, IOutputCacheStore cache, Localizer T)
{
    public async Task<IReadOnlyList<string>> HandleAsync(EditComment request, CancellationToken cancellationToken = default)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == request.CommentId, cancellationToken);
        if (comment is null) return [T["That comment is not there any more."]];

        var body = request.Body.Trim();
        var errors = new List<string>();
        if (body.Length == 0) errors.Add(T["A comment cannot be empty; move it to the trash instead."]);
        if (body.Length > CommentLimits.BodyLength) errors.Add(T["The comment is {0:N0} characters long; the limit is {1:N0}.", body.Length, CommentLimits.BodyLength]);
        // An account's or outside identity's name is their own; only a guest's are edited here.
        var author = comment.AccountId is null && comment.ExternalIdentityId is null ? CommentAuthorFields.Check(request.Name, request.Email, request.Url, T) : null;
        if (author is not null) errors.AddRange(author.Errors);
        if (errors.Count > 0) return errors;
        try
        {
            comment.Body = body;
        }
        catch (MarkupRefusedException)
        {
            return [MarkupLimits.Refusal(T)];
        }
        if (author is not null)
        {
            comment.AuthorName = author.Name;
            comment.AuthorEmail = author.Email;
            comment.AuthorUrl = author.Url;
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictDiscussionAsync(comment.SiteId, comment.PostId, cancellationToken);
        return [];
    }
}
