using Folio.Data;
using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Notifications;

/// <summary>
/// Tells bloggers what happened on their site: a row on their dashboard always, and a mail when
/// they want that kind by mail, in their own language (their account's, else the site's). Both
/// join the caller's unit of work, so they exist only if the thing they tell of was saved.
/// </summary>
public sealed class NotifyBloggers(FolioDbContext db, CurrentSite currentSite, MailOutbox outbox, Localizer T, TimeProvider clock)
{
    /// <param name="accountIds">Whom to tell.</param>
    /// <param name="news">What to tell them.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task TellAsync(IReadOnlyCollection<long> accountIds, BloggerNews news, CancellationToken cancellationToken) =>
        Tell(await BloggersAsync(accountIds, news.Kind, cancellationToken), news);

    /// <summary>
    /// Reads whom <see cref="Tell"/> reaches and how, for a caller that reads before it writes
    /// (the comment writer holds the write lock and should only insert).
    /// </summary>
    public async Task<IReadOnlyList<BloggerToTell>> BloggersAsync(IReadOnlyCollection<long> accountIds, NotificationKind kind, CancellationToken cancellationToken)
    {
        if (accountIds.Count == 0) return [];
        var siteLanguage = currentSite.Required.Language;
        var people = await db.Users.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Email, a.Language, a.EmailOnLike, a.EmailOnFollow, a.EmailOnComment }).ToListAsync(cancellationToken);
        return people.Select(person => new BloggerToTell(person.Id, kind switch
        {
            NotificationKind.Like => person.EmailOnLike,
            NotificationKind.Follow => person.EmailOnFollow,
            _ => person.EmailOnComment,
        } ? person.Email : null, person.Language ?? siteLanguage)).ToList();
    }

    /// <summary>Whether the blogger has been told exactly this about this address before (a caller that tells a thing once).</summary>
    public Task<bool> ToldBeforeAsync(long accountId, BloggerNews news, CancellationToken cancellationToken) =>
        db.Notifications.AnyAsync(n => n.AccountId == accountId && n.Kind == news.Kind && n.Url == news.Path
            && n.Actor == news.Actor && n.Subject == news.Subject, cancellationToken);

    /// <summary>Adds the notifications, and the mails of those who want them, to the caller's unit of work.</summary>
    public void Tell(IReadOnlyList<BloggerToTell> bloggers, BloggerNews news)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var blogger in bloggers)
        {
            db.Notifications.Add(new Notification
            {
                AccountId = blogger.AccountId, Kind = news.Kind, Actor = news.Actor, Subject = news.Subject, Url = news.Path, CreatedAt = now,
            });
            if (blogger.MailTo is not { } to) continue;
            using var language = LanguageScope.Of(blogger.Language);
            outbox.Enqueue(new OutgoingMail(to, NotificationSentences.MailSubject(T, news), NotificationSentences.MailBody(T, news)));
        }
    }
}

/// <summary>A blogger to notify, the address to mail them at when they want this kind of news by mail (else null), and the language to write it in.</summary>
public sealed record BloggerToTell(long AccountId, string? MailTo, string Language);
