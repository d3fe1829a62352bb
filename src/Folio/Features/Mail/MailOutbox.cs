using Folio.Data;

namespace Folio.Features.Mail;

/// <summary>Puts mail in the outbox; it is delivered by <see cref="OutboxDeliveryWorker"/> once the caller's change is saved.</summary>
public sealed class MailOutbox(FolioDbContext db, TimeProvider clock)
{
    /// <summary>For mail that is the whole change (a password reset link): queues it and saves at once.</summary>
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        Enqueue(mail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the mail to the caller's unit of work: it is sent only if the change is saved.</summary>
    public void Enqueue(OutgoingMail mail)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.MailOutbox.Add(new OutboxMessage { To = mail.To, Subject = mail.Subject, Text = mail.Text, UnsubscribeUrl = mail.UnsubscribeUrl, CreatedAt = now, NextAttemptAt = now });
    }
}
