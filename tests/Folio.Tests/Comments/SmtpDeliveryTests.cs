using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>Notifications reach a real SMTP server through MailKit, once each.</summary>
public sealed class SmtpDeliveryTests(SmtpSink smtp) : IClassFixture<SmtpSink>
{
    private sealed class SiteWithSmtp(int port) : CommentSite
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Folio:Smtp:Port", port.ToString());
            builder.UseSetting("Folio:Smtp:From", "Folio <no-reply@talk.example>");
        }
    }

    [SkippableFact]
    public async Task A_held_comment_is_mailed_to_the_moderators_through_smtp()
    {
        smtp.SkipUnlessRunning();
        await using var site = new SiteWithSmtp(smtp.Port);
        await site.InitializeAsync();

        await site.CommentAsGuestAsync(site.Reader(), "Over the wire.", name: "Wire", email: "wire@example.com");

        await site.DeliverMailAsync();
        await site.DeliverMailAsync(); // a pass more, which must not send it again
        var mail = smtp.Received("moderator@talk.example", "Please moderate: “Open for discussion”");
        Assert.Equal("no-reply@talk.example", mail.From.Mailboxes.Single().Address);
        Assert.Contains("Over the wire.", mail.TextBody);
        Assert.Empty(site.MessagesTo("moderator@talk.example")); // nothing fell back to the mail drop
    }
}
