using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Mail;
using Folio.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Subscriptions;

/// <summary>Mails a newly visible comment to the confirmed subscribers of its post, each mail with its own unsubscribe link.</summary>
public sealed class CommentFollowUps(FolioDbContext db, MailOutbox outbox)
{
    /// <summary>Adds the mails to the caller's unit of work; the comment's own author is not told of it.</summary>
    public async Task EnqueueAsync(Comment comment, string postTitle, string commentPath, Func<string, string> siteUrl, CancellationToken cancellationToken)
    {
        var subscribers = await db.CommentSubscriptions.AsNoTracking()
            .Where(s => s.PostId == comment.PostId && s.ConfirmedAt != null && s.Email != comment.AuthorEmail)
            .Select(s => new { s.Email, s.Token })
            .ToListAsync(cancellationToken);
        if (subscribers.Count == 0) return;

        var text = PostBodyRenderer.ToPlainText(comment.BodyHtml, 2000);
        foreach (var subscriber in subscribers)
            outbox.Enqueue(new OutgoingMail(subscriber.Email, $"New comment on “{postTitle}”",
                $"{comment.AuthorName} wrote:\n\n{text}\n\nRead it and reply:\n{siteUrl(commentPath)}\n\n" +
                $"You asked to be told of new comments on this post. To stop, open:\n{siteUrl(SubscriptionPaths.Page(SubscriptionKind.Comments, subscriber.Token))}\n",
                siteUrl(SubscriptionPaths.OneClickUnsubscribe(SubscriptionKind.Comments, subscriber.Token))));
    }
}
