using Folio.Data;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Mail;

/// <summary>
/// Delivers the outbox. Each message is claimed with a lease (a conditional update that only one
/// server can win), sent, then marked sent; a failure is recorded and retried with growing
/// pauses, so mail waits out a mail server that is down instead of being lost. A server that
/// dies between sending and marking leaves the lease to expire, and the message is sent again:
/// at least once, and in practice once.
/// </summary>
public sealed class OutboxDeliveryWorker(IServiceScopeFactory scopes, IMailSender transport, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<OutboxDeliveryWorker> logger)
    : PeriodicJob(options.Value.OutboxInterval, clock, logger)
{
    private const int Batch = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LongestPause = TimeSpan.FromHours(6);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => DeliverDueAsync(cancellationToken);

    /// <summary>Sends every due message this server can claim; returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var due = await db.MailOutbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(Batch).ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            var leaseUntil = now + Lease;
            var claimed = await db.MailOutbox
                .Where(m => m.Id == id && m.SentAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeaseUntil, leaseUntil), cancellationToken);
            if (claimed == 0) continue; // another server has it

            var message = await db.MailOutbox.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await transport.SendAsync(new OutgoingMail(message.To, message.Subject, message.Text, message.UnsubscribeUrl), cancellationToken);
                var at = Clock.GetUtcNow().UtcDateTime;
                await db.MailOutbox.Where(m => m.Id == id).ExecuteUpdateAsync(m => m
                    .SetProperty(x => x.SentAt, at).SetProperty(x => x.Attempts, x => x.Attempts + 1).SetProperty(x => x.LeaseUntil, (DateTime?)null), cancellationToken);
                sent++;
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
            }
        }
        return sent;
    }
}
