using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>The moderation queue: held comments first; approve, spam, trash, restore, one by one or in bulk. Editors and administrators.</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Editor)]
public sealed class ModerationModel(FolioDbContext db, ModerateCommentHandler moderate) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(long Id, string AuthorName, string AuthorEmail, string? AuthorUrl, string? IpAddress, string BodyHtml,
        DateTime CreatedAt, CommentStatus Status, string PostTitle, string PostPath);

    public CommentStatus Status { get; private set; } = CommentStatus.Pending;
    public IReadOnlyDictionary<CommentStatus, int> Counts { get; private set; } = new Dictionary<CommentStatus, int>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string? Notice { get; private set; }

    public static string Label(CommentStatus status) => status switch
    {
        CommentStatus.Pending => "Pending",
        CommentStatus.Approved => "Approved",
        CommentStatus.Spam => "Spam",
        _ => "Trash",
    };

    public Task OnGetAsync(string? status) => LoadAsync(status);

    public async Task<IActionResult> OnPostSetAsync(long id, CommentStatus to, string? status)
    {
        var changed = await moderate.HandleAsync([id], to);
        Notice = changed == 0 ? "That comment had already been moved." : $"Comment moved to {Label(to)}.";
        await LoadAsync(status);
        return Page();
    }

    public async Task<IActionResult> OnPostBulkAsync(long[] ids, CommentStatus bulkAction, string? status)
    {
        var changed = await moderate.HandleAsync(ids, bulkAction);
        Notice = $"{changed} comment(s) moved to {Label(bulkAction)}.";
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
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => new { c, p.Title, p.Slug, p.PublishedAt, p.Kind })
            .ToListAsync();
        Rows = rows.Select(r => new Row(r.c.Id, r.c.AuthorName, r.c.AuthorEmail, r.c.AuthorUrl, r.c.IpAddress, r.c.BodyHtml, r.c.CreatedAt, r.c.Status,
                r.Title, r.PublishedAt is { } at ? PostPaths.Of(r.Kind, at, r.Slug) : "#"))
            .ToList();
    }
}
