using MimeKit;

namespace Folio.Features.Mail;

/// <summary>
/// An email to one person, written in plain text (links on lines of their own). Mail someone
/// subscribed to carries the address that ends the subscription in one click.
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string? UnsubscribeUrl = null);

/// <summary>Sends mail: to the configured SMTP server, or, without one, into the mail drop folder.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

internal static class MailMessages
{
    public static MimeMessage Build(OutgoingMail mail, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Text };
        if (mail.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058: mail programs show an "Unsubscribe" button that POSTs to the address.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
