using MimeKit;

namespace Folio.Features.Mail;

/// <summary>An email to one person, written in plain text (links on lines of their own).</summary>
public sealed record OutgoingMail(string To, string Subject, string Text);

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
        return message;
    }
}
