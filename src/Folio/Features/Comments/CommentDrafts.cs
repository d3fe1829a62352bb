using Folio.Data;
using Folio.Features.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Comments;

/// <summary>Keeps a reader's unfinished comment across a login round trip, and gives it back once.</summary>
public sealed class CommentDrafts(FolioDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>Keeps the text; returns the token that gets it back, or null when there is nothing to keep.</summary>
    public async Task<string?> KeepAsync(long postId, long? parentId, string? body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > CommentLimits.BodyLength) return null;
        if (!await db.Posts.AnyAsync(p => p.Id == postId, cancellationToken)) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        // Logins that were never finished leave drafts behind: sweep the stale ones as new ones come.
        await db.CommentDrafts.Where(d => d.CreatedAt < now - Lifetime).ExecuteDeleteAsync(cancellationToken);
        var draft = new CommentDraft { Token = SubscriptionTokens.New(), PostId = postId, ParentId = parentId, Body = body, CreatedAt = now };
        db.CommentDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft.Token;
    }

    /// <summary>The draft for this post under the token, deleted as it is handed back; null when there is none.</summary>
    public async Task<CommentDraft?> TakeAsync(string token, long postId, CancellationToken cancellationToken)
    {
        var draft = await db.CommentDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Token == token && d.PostId == postId, cancellationToken);
        if (draft is not null) await db.CommentDrafts.Where(d => d.Id == draft.Id).ExecuteDeleteAsync(cancellationToken);
        return draft;
    }
}
