using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Mail;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Subscriptions;

/// <summary>Mails a newly visible comment to the confirmed subscribers of its post, each mail with its own unsubscribe link.</summary>
public sealed class CommentFollowUps(FolioDbContext db, MailOutbox outbox, CurrentSite currentSite, Localizer T)
{
    /// <summary>Adds the mails to the caller's unit of work; the comment's own author is not told of it.</summary>
    public async Task EnqueueAsync(Comment comment, string postTitle, string commentPath, Func<string, string> siteUrl, CancellationToken cancellationToken) =>
        Enqueue(comment, await SubscribersAsync(comment, cancellationToken), postTitle, commentPath, siteUrl);

    /// <summary>Whom <see cref="Enqueue"/> mails, for a caller that reads before it writes: everyone subscribed but the comment's author.</summary>
    public async Task<IReadOnlyList<Subscriber>> SubscribersAsync(Comment comment, CancellationToken cancellationToken) =>
        await db.CommentSubscriptions.AsNoTracking()
            .Where(s => s.PostId == comment.PostId && s.ConfirmedAt != null && s.Email != comment.AuthorEmail)
            .Select(s => new Subscriber(s.Email, s.Token))
            .ToListAsync(cancellationToken);

    /// <summary>Adds a mail to each subscriber to the caller's unit of work.</summary>
    public void Enqueue(Comment comment, IReadOnlyList<Subscriber> subscribers, string postTitle, string commentPath, Func<string, string> siteUrl)
    {
        if (subscribers.Count == 0) return;
        // Readers are written to in the site's language, also when a moderator's approval in the dashboard sends this.
        using var language = LanguageScope.Of(currentSite.Required.Language);
        var text = PostBodyRenderer.ToPlainText(comment.BodyHtml, 2000);
        foreach (var subscriber in subscribers)
            outbox.Enqueue(new OutgoingMail(subscriber.Email, T["New comment on “{0}”", postTitle],
                $"{T["{0} wrote:", comment.AuthorName]}\n\n{text}\n\n{T["Read it and reply:"]}\n{siteUrl(commentPath)}\n\n" +
                $"{T["You asked to be told of new comments on this post. To stop, open:"]}\n{siteUrl(SubscriptionPaths.Page(SubscriptionKind.Comments, subscriber.Token))}\n",
                siteUrl(SubscriptionPaths.OneClickUnsubscribe(SubscriptionKind.Comments, subscriber.Token))));
    }

    /// <summary>A confirmed subscriber of a post's comments, with the token of their unsubscribe links.</summary>
    public sealed record Subscriber(string Email, string Token);
}
