namespace Folio.Features.Mail;

/// <summary>
/// A mail waiting in the database to be delivered. Written in the same transaction as the
/// change it tells of, so it is never lost; claimed with a lease, so that of several servers
/// only one sends it; retried with growing pauses while the mail server is down.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>For mail someone subscribed to: the one-click unsubscribe address (RFC 8058).</summary>
    public string? UnsubscribeUrl { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Not before this time (now, or later after a failure).</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Until then, the server that claimed the message is sending it; others leave it alone.</summary>
    public DateTime? LeaseUntil { get; set; }

    public DateTime? SentAt { get; set; }
}
