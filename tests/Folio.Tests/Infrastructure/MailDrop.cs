using System.Text.RegularExpressions;
using MimeKit;

namespace Folio.Tests.Infrastructure;

/// <summary>Reads the mail Folio dropped as .eml files in its data directory (no SMTP server configured).</summary>
public static partial class MailDrop
{
    public static IReadOnlyList<MimeMessage> MessagesTo(this FolioApp app, string email)
    {
        var folder = Path.Combine(app.DataDirectory, "mail");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml").Order()
            .Select(path => MimeMessage.Load(path))
            .Where(message => message.To.Mailboxes.Any(m => m.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Lets the outbox run until it has delivered a mail to the address whose subject (and body) hold the words.</summary>
    public static Task<MimeMessage> WaitForMailAsync(this FolioApp app, string email, string subjectContains, string bodyContains = "") =>
        WaitAsync(app, () => app.MessagesTo(email).FirstOrDefault(m =>
                (m.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal) && (m.TextBody ?? "").Contains(bodyContains, StringComparison.Ordinal)),
            $"No mail to {email} about \"{subjectContains}\" arrived.");

    /// <summary>Lets the outbox run until it has delivered as many mails to the address about the subject; gives them oldest first.</summary>
    public static Task<IReadOnlyList<MimeMessage>> WaitForMailsAsync(this FolioApp app, string email, string subjectContains, int count) =>
        WaitAsync(app, () => app.MessagesTo(email).Where(m => (m.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal)).ToList() is { } mails && mails.Count >= count
                ? (IReadOnlyList<MimeMessage>)mails
                : null,
            $"Fewer than {count} mails to {email} about \"{subjectContains}\" arrived.");

    /// <summary>
    /// Lets the outbox deliver, a round at a time, until the mail is there. Rounds, not a fixed
    /// pause: a mail that another job queues (an announcement, a digest) or that a browser's
    /// request is still saving arrives within a few; the deadline only ends a test that fails.
    /// </summary>
    private static async Task<T> WaitAsync<T>(FolioApp app, Func<T?> look, string failure) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (look() is { } found) return found;
            Assert.True(DateTime.UtcNow < deadline, failure);
            await app.DeliverMailAsync();
        }
    }

    /// <summary>Waits for the mail to the address about the subject, and gives the first link in it.</summary>
    public static async Task<Uri> LinkInMailAsync(this FolioApp app, string email, string subjectContains) =>
        FirstLink(await app.WaitForMailAsync(email, subjectContains));

    public static Uri FirstLink(MimeMessage mail) => new(Link().Match(mail.TextBody ?? "").Value);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
