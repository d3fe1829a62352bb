using System.Net;
using System.Net.Sockets;
using Folio.Data;
using Folio.Features.Mail;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

public sealed class CommentNotificationTests(CommentSite site) : IClassFixture<CommentSite>
{
    [Fact]
    public async Task Moderators_are_told_of_a_held_comment_and_the_author_of_a_published_one()
    {
        await site.CommentAsGuestAsync(site.Reader(), "Held for now.", name: "Hal", email: "hal@example.com");

        var moderation = await site.WaitForMailAsync("moderator@talk.example", "Please moderate: “Open for discussion”", "Held for now.");
        Assert.Contains("Hal wrote:", moderation.TextBody);
        Assert.Contains("http://talk.localhost/admin/comments/", moderation.TextBody);
        await site.WaitForMailAsync("owner-of-talk@example.com", "Please moderate", "Held for now.");
        await site.DeliverMailAsync(); // anything else that comment queued
        Assert.DoesNotContain(site.MessagesTo("author@talk.example"), m => (m.Subject ?? "").StartsWith("Please moderate")); // authors do not moderate

        var member = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        await member.PostFormAsync(site.PostPath + "?handler=Comment", new() { ["Form.Comment"] = "Published at once." }, pagePath: site.PostPath);
        var notice = await site.WaitForMailAsync("owner-of-talk@example.com", "New comment on “Open for discussion”", "Published at once.");
        Assert.Contains("Published at once.", notice.TextBody);
        Assert.Contains($"http://talk.localhost{site.PostPath}#comment-", notice.TextBody);
    }

    [Fact]
    public async Task An_author_who_switched_comment_mail_off_sees_the_comment_on_the_dashboard_only()
    {
        var quietId = await site.AddMemberAsync("talk", "quiet@talk.example", Folio.Features.Sites.SiteRole.Author);
        var post = await site.SavePostAsync("talk", new Folio.Features.Posts.SavePost { AuthorId = quietId, Title = "Quiet post", Body = "Shh.", Status = Folio.Features.Posts.PostStatus.Published });
        var platform = await site.SignedInClientAsync("localhost", "quiet@talk.example");
        var saved = await platform.PostFormAsync("/account/", new() { ["DisplayName"] = "Quiet", ["Bio"] = "", ["EmailOnLike"] = "true", ["EmailOnFollow"] = "true" });
        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync());

        var member = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        await member.PostFormAsync(post + "?handler=Comment", new() { ["Form.Comment"] = "A word for the quiet one." }, pagePath: post);

        var author = await site.SignedInClientAsync(CommentSite.Host, "quiet@talk.example");
        Assert.Contains("author commented on “Quiet post”", await author.GetStringAsync("/admin/notifications/"));
        await site.Services.GetRequiredService<OutboxDeliveryWorker>().DeliverDueAsync(CancellationToken.None); // whatever was queued is out
        Assert.DoesNotContain(site.MessagesTo("quiet@talk.example"), m => (m.TextBody ?? "").Contains("A word for the quiet one."));
    }

    [Fact]
    public async Task Each_notification_is_delivered_once()
    {
        await site.CommentAsGuestAsync(site.Reader(), "Count the mails.", name: "Once", email: "once@example.com");
        await site.WaitForMailAsync("moderator@talk.example", "Please moderate", "Count the mails.");

        await site.Services.GetRequiredService<OutboxDeliveryWorker>().DeliverDueAsync(CancellationToken.None); // a pass of our own
        await site.DeliverMailAsync(); // and one of the worker's
        Assert.Single(site.MessagesTo("moderator@talk.example"), m => (m.TextBody ?? "").Contains("Count the mails."));
    }
}

/// <summary>With the mail server down, mail waits in the outbox with the reason, to be retried.</summary>
public sealed class MailServerDownTests(MailServerDownTests.SiteWithDeadSmtp site) : IClassFixture<MailServerDownTests.SiteWithDeadSmtp>
{
    public sealed class SiteWithDeadSmtp : CommentSite
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Folio:Smtp:Port", ClosedPort().ToString());
        }

        /// <summary>A loopback port nothing listens on: connecting to it is refused at once.</summary>
        private static int ClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    [Fact]
    public async Task A_notification_is_kept_with_its_error_and_retried_later()
    {
        await site.CommentAsGuestAsync(site.Reader(), "Nobody is listening.", name: "Deb", email: "deb@example.com");

        await site.DeliverMailAsync();

        var messages = await site.QuerySiteAsync("talk", db => db.MailOutbox.AsNoTracking()
            .Where(m => m.Text.Contains("Nobody is listening.")).ToListAsync());
        Assert.NotEmpty(messages);
        Assert.All(messages, message =>
        {
            Assert.Equal(1, message.Attempts);
            Assert.Null(message.SentAt);
            Assert.False(string.IsNullOrEmpty(message.LastError));
            Assert.True(message.NextAttemptAt > site.Clock.GetUtcNow().UtcDateTime, "A failed mail waits before its next try.");
        });
    }
}
