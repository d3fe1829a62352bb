using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>The moderation queue: held comments first; approve, spam, trash, restore, one by one or in bulk. Editors and administrators.</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Editor)]
public sealed class ModerationModel(FolioDbContext db, ModerateCommentHandler moderate, EditCommentHandler edit, SubmitCommentHandler submit, Localizer T) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(long Id, string AuthorName, string AuthorEmail, string? AuthorUrl, string? IpAddress, string Body, string BodyHtml,
        DateTime CreatedAt, CommentStatus Status, bool ByGuest, long PostId, string PostTitle, string PostPath);

    public CommentStatus Status { get; private set; } = CommentStatus.Pending;
    public IReadOnlyDictionary<CommentStatus, int> Counts { get; private set; } = new Dictionary<CommentStatus, int>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string? Notice { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>An edit that was refused, shown again in its comment's form so that nothing typed is lost.</summary>
    public EditComment? RefusedEdit { get; private set; }

    /// <summary>The name of the comments of a status, as the filters and the notices of a move say it.</summary>
    public string Label(CommentStatus status) => status switch
    {
        CommentStatus.Pending => T["Pending"],
        CommentStatus.Approved => T["Approved"],
        CommentStatus.Spam => T.InContext("comments", "Spam"),
        _ => T["Trash"],
    };

    public Task OnGetAsync(string? status) => LoadAsync(status);

    public async Task<IActionResult> OnPostSetAsync(long id, CommentStatus to, string? status)
    {
        var changed = await moderate.HandleAsync([id], to);
        Notice = changed == 0 ? T["That comment had already been moved."] : T["Comment moved to {0}.", Label(to)];
        await LoadAsync(status);
        return Page();
    }

    public async Task<IActionResult> OnPostBulkAsync(long[] ids, CommentStatus bulkAction, string? status)
    {
        var changed = await moderate.HandleAsync(ids, bulkAction);
        Notice = T.Plural(changed, "{0} comment(s) moved to {1}.", "{0} comment(s) moved to {1}.", Label(bulkAction));
        await LoadAsync(status);
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(long id, string body, string? name, string? email, string? url, string? status)
    {
        var request = new EditComment(id, body, name, email, url);
        Errors = await edit.HandleAsync(request);
        if (Errors.Count == 0) Notice = T["Comment updated."];
        else (RefusedEdit, Response.StatusCode) = (request, StatusCodes.Status422UnprocessableEntity);
        await LoadAsync(status);
        return Page();
    }

    /// <summary>WordPress's "Approve and Reply": answering a held comment publishes it, then the reply under it.</summary>
    public async Task<IActionResult> OnPostReplyAsync(long id, long postId, string reply, string? status)
    {
        await moderate.HandleAsync([id], CommentStatus.Approved);
        // A moderator answers from the dashboard, where a protected post is open to them.
        var result = await submit.HandleAsync(new SubmitComment(postId, id, reply, null, null, null, null, HttpContext.Connection.RemoteIpAddress?.ToString(),
            GavePassword: _ => true), HttpContext.SiteUrl, HttpContext.RequestAborted);
        Errors = result.Refusal?.Messages(T) ?? [];
        if (result.Comment is not null) Notice = T["Reply posted."];
        else Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(status);
        return Page();
    }

    private async Task LoadAsync(string? status)
    {
        Status = Enum.TryParse<CommentStatus>(status, ignoreCase: true, out var parsed) ? parsed : CommentStatus.Pending;
        Counts = await db.Comments.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var rows = await db.Comments.AsNoTracking().Where(c => c.Status == Status)
            .OrderByDescending(c => c.CreatedAt).Take(PageSize)
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => new { c, p.Title, p.Slug, p.PublishedLocal, p.Kind })
            .ToListAsync();
        Rows = rows.Select(r => new Row(r.c.Id, r.c.AuthorName, r.c.AuthorEmail, r.c.AuthorUrl, r.c.IpAddress, r.c.Body, r.c.BodyHtml, r.c.CreatedAt, r.c.Status,
                r.c.AccountId is null && r.c.ExternalIdentityId is null, r.c.PostId, r.Title, r.PublishedLocal is { } at ? PostPaths.Of(r.Kind, at, r.Slug) : "#"))
            .ToList();
    }
}
