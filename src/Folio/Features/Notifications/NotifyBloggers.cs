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
        CancellationToken cancellationToken, string? mailSubject = null) =>
        Tell(await BloggersAsync(accountIds, kind, cancellationToken), kind, news, path, mailText, mailSubject);

    /// <summary>
    /// Reads whom <see cref="Tell"/> reaches and how, for a caller that reads before it writes
    /// (the comment writer holds the write lock and should only insert).
    /// </summary>
    public async Task<IReadOnlyList<BloggerToTell>> BloggersAsync(IReadOnlyCollection<long> accountIds, NotificationKind kind, CancellationToken cancellationToken)
    {
        if (accountIds.Count == 0) return [];
        var people = await db.Users.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Email, a.EmailOnLike, a.EmailOnFollow, a.EmailOnComment }).ToListAsync(cancellationToken);
        return people.Select(person => new BloggerToTell(person.Id, kind switch
        {
            NotificationKind.Like => person.EmailOnLike,
            NotificationKind.Follow => person.EmailOnFollow,
            _ => person.EmailOnComment,
        } ? person.Email : null)).ToList();
    }

    /// <summary>The news as the dashboard keeps it (cut to the column's length).</summary>
    public static string DashboardText(string news) => news.Length > 500 ? news[..499] + "…" : news;

    /// <summary>Whether the blogger has been told exactly this about this address before (a caller that tells a thing once).</summary>
    public Task<bool> ToldBeforeAsync(long accountId, NotificationKind kind, string news, string path, CancellationToken cancellationToken)
    {
        var text = DashboardText(news);
        return db.Notifications.AnyAsync(n => n.AccountId == accountId && n.Kind == kind && n.Url == path && n.Text == text, cancellationToken);
    }

    /// <summary>Adds the notifications, and the mails of those who want them, to the caller's unit of work.</summary>
    public void Tell(IReadOnlyList<BloggerToTell> bloggers, NotificationKind kind, string news, string path, string mailText, string? mailSubject = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var text = DashboardText(news);
        foreach (var blogger in bloggers)
        {
            db.Notifications.Add(new Notification { AccountId = blogger.AccountId, Kind = kind, Text = text, Url = path, CreatedAt = now });
            if (blogger.MailTo is { } to) outbox.Enqueue(new OutgoingMail(to, mailSubject ?? text, mailText));
        }
    }
}

/// <summary>A blogger to notify, and the address to mail them at when they want this kind of news by mail (else null).</summary>
public sealed record BloggerToTell(long AccountId, string? MailTo);
