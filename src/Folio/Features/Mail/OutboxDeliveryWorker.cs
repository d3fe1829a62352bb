using Folio.Data;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Mail;

/// <summary>
/// Delivers the outbox. Due messages are claimed a batch at a time with a lease (a conditional
/// update that only one server can win for each message), then each is sent and marked sent; a
/// failure is recorded and retried with growing pauses, so mail waits out a mail server that is
/// down instead of being lost. A server that dies between sending and marking leaves the lease to
/// expire, and the message is sent again: at least once, and in practice once.
/// </summary>
public sealed class OutboxDeliveryWorker(IServiceScopeFactory scopes, IMailSender transport, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<OutboxDeliveryWorker> logger)
    : PeriodicJob(options.Value.OutboxInterval, clock, logger)
{
    private const int Batch = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LongestPause = TimeSpan.FromHours(6);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => DeliverDueAsync(cancellationToken);

    /// <summary>
    /// Sends every due message this server can claim, a batch at a time, going on while a batch
    /// comes back full (mail queued faster than one batch a pass must not pile up); returns how
    /// many were sent.
    /// </summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var (claimed, delivered) = await DeliverBatchAsync(cancellationToken);
            sent += delivered;
            if (claimed < Batch) return sent;
        }
    }

    /// <summary>Claims up to <see cref="Batch"/> due messages with one update and sends them; returns how many it claimed and how many went out.</summary>
    private async Task<(int Claimed, int Sent)> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var due = await db.MailOutbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        if (due.Count == 0) return (0, 0);

        // No column names the server that holds a lease (that would take a migration), so the
        // lease's end, made unique to this claim by a random number of microseconds, says which
        // rows this update won. The update checks the lease again itself: of servers that read
        // the same due rows, only one wins each (PostgreSQL re-checks a row another update changed).
        var leaseUntil = now + Lease + TimeSpan.FromMicroseconds(Random.Shared.Next(1, 1_000_000));
        await db.MailOutbox
            .Where(m => due.Contains(m.Id) && m.SentAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseUntil, leaseUntil), cancellationToken);
        var claimed = await db.MailOutbox.AsNoTracking()
            .Where(m => due.Contains(m.Id) && m.SentAt == null && m.LeaseUntil == leaseUntil)
            .OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var message in claimed)
        {
            if (await DeliverAsync(db, message, now, cancellationToken)) sent++;
        }
        // A batch another server partly won still counts as full: what it left may be due too.
        return (due.Count, sent);
    }

    /// <summary>Sends one claimed message and marks it sent, or records the failure and when to try again.</summary>
    private async Task<bool> DeliverAsync(FolioDbContext db, OutboxMessage message, DateTime now, CancellationToken cancellationToken)
    {
        var id = message.Id;
        try
        {
            await transport.SendAsync(new OutgoingMail(message.To, message.Subject, message.Text, message.UnsubscribeUrl), cancellationToken);
            var at = Clock.GetUtcNow().UtcDateTime;
            await db.MailOutbox.Where(m => m.Id == id).ExecuteUpdateAsync(m => m
                .SetProperty(x => x.SentAt, at).SetProperty(x => x.Attempts, x => x.Attempts + 1).SetProperty(x => x.LeaseUntil, (DateTime?)null), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var pause = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, attempts - 1), LongestPause.TotalMinutes));
            var error = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
            await db.MailOutbox.Where(m => m.Id == id).ExecuteUpdateAsync(m => m
                .SetProperty(x => x.Attempts, attempts).SetProperty(x => x.LastError, error)
                .SetProperty(x => x.NextAttemptAt, now + pause).SetProperty(x => x.LeaseUntil, (DateTime?)null), cancellationToken);
            logger.LogWarning("Mail {Id} to {To} could not be sent (attempt {Attempts}): {Error}. Next try in {Pause}.", id, message.To, attempts, error, pause);
            return false;
        }
    }
}
