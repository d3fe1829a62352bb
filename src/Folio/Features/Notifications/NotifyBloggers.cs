using Folio.Data;
using Folio.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Notifications;

/// <summary>
/// Tells bloggers what happened on their site: a row on their dashboard always, and a mail when
/// they want that kind by mail. Both join the caller's unit of work, so they exist only if the
/// thing they tell of was saved.
/// </summary>
public sealed class NotifyBloggers(FolioDbContext db, MailOutbox outbox, TimeProvider clock)
{
    /// <param name="accountIds">Whom to tell.</param>
    /// <param name="kind">What happened, which also decides whether they want it by mail.</param>
    /// <param name="news">One sentence: the dashboard's line, and the mail's subject unless <paramref name="mailSubject"/> is given.</param>
    /// <param name="path">Site-relative address of what it is about.</param>
    /// <param name="mailText">The mail's body.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="mailSubject">A subject other than the news itself.</param>
    public async Task TellAsync(IReadOnlyCollection<long> accountIds, NotificationKind kind, string news, string path, string mailText,
        CancellationToken cancellationToken, string? mailSubject = null)
    {
        if (accountIds.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var text = news.Length > 500 ? news[..499] + "…" : news;
        var people = await db.Users.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Email, a.EmailOnLike, a.EmailOnFollow, a.EmailOnComment }).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            db.Notifications.Add(new Notification { AccountId = person.Id, Kind = kind, Text = text, Url = path, CreatedAt = now });
            var wantsMail = kind switch
            {
                NotificationKind.Like => person.EmailOnLike,
                NotificationKind.Follow => person.EmailOnFollow,
                _ => person.EmailOnComment,
            };
            if (wantsMail && person.Email is { } to) outbox.Enqueue(new OutgoingMail(to, mailSubject ?? text, mailText));
        }
    }
}
