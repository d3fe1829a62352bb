using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Admin;

/// <summary>A comment as the dashboard's "Needs attention" lists the latest ones.</summary>
public sealed record LatestComment(long Id, string AuthorName, string PostTitle, CommentStatus Status, DateTime CreatedAt);

/// <summary>What waits for a site's editors when they open the dashboard.</summary>
public sealed record AttentionView(int CommentsAwaiting, int FailingSources, IReadOnlyList<LatestComment> LatestComments)
{
    public bool Any => CommentsAwaiting > 0 || FailingSources > 0 || LatestComments.Count > 0;
}

/// <summary>
/// The dashboard home's "Needs attention": comments awaiting moderation, sources whose last
/// fetch failed, and the latest comments, for the editors and administrators who handle them.
/// </summary>
public sealed class DashboardAttention(FolioDbContext db, CommentQueries comments)
{
    private const int LatestCount = 5;

    public async Task<AttentionView> ForSiteAsync(CancellationToken cancellationToken)
    {
        var awaiting = await comments.AwaitingModerationAsync(cancellationToken);
        var failing = await db.Sources.CountAsync(s => s.ConsecutiveFailures > 0, cancellationToken);
        var latest = await db.Comments.AsNoTracking()
            .Where(c => c.Status == CommentStatus.Approved || c.Status == CommentStatus.Pending)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(LatestCount)
            .Select(c => new LatestComment(c.Id, c.AuthorName, db.Posts.Where(p => p.Id == c.PostId).Select(p => p.Title).First(), c.Status, c.CreatedAt))
            .ToListAsync(cancellationToken);
        return new AttentionView(awaiting, failing, latest);
    }
}
