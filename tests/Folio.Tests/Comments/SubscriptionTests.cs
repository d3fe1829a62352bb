using Folio.Features.Comments;
using Folio.Features.Follows;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using MimeKit;

namespace Folio.Tests.Comments;

/// <summary>"Notify me of new comments / posts via email": double opt-in, follow-up mail, one-click unsubscribe.</summary>
public sealed class SubscriptionTests(CommentSite site) : IClassFixture<CommentSite>
{
    private static readonly Dictionary<string, string> NotifyOfComments = new() { ["Form.NotifyComments"] = "true" };
    private static readonly Dictionary<string, string> NotifyOfPosts = new() { ["Form.NotifyPosts"] = "true" };

    [Fact]
    public async Task A_guest_confirms_gets_follow_up_comments_with_one_click_unsubscribe_and_then_none()
    {
        var post = await NewPostAsync("Subscribed discussion");
        await site.CommentAsGuestAsync(site.Reader(), "Tell me more.", name: "Sue", email: "Sue@Example.com", onPath: post, more: NotifyOfComments);
        var confirmation = await site.WaitForMailAsync("sue@example.com", "Confirm: new comments on “Subscribed discussion”");

        await CommentAsMemberAsync(post, "Before Sue confirmed.");
        var page = MailDrop.FirstLink(confirmation);
        var reader = site.Reader();
        Assert.Contains("Confirm that you want an email about new comments on “Subscribed discussion”", await reader.GetStringAsync(page.PathAndQuery));
        Assert.Empty(await SubscriberMailsAsync("sue@example.com", "Before Sue confirmed.")); // unconfirmed: nothing but the confirmation

        var confirmed = await reader.PostFormAsync(page.PathAndQuery + "?handler=Confirm", []);
        Assert.Contains("Confirmed.", await confirmed.Content.ReadAsStringAsync());
        await CommentAsMemberAsync(post, "After Sue confirmed.");
        var followUp = await site.WaitForMailAsync("sue@example.com", "New comment on “Subscribed discussion”", "After Sue confirmed.");
        Assert.Contains("author wrote:", followUp.TextBody); // the member's display name
        Assert.Equal("List-Unsubscribe=One-Click", followUp.Headers["List-Unsubscribe-Post"]);

        // The mail program's "Unsubscribe" button: a bare POST to the List-Unsubscribe address.
        var oneClick = new Uri(followUp.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var unsubscribed = await site.Reader().PostAsync(oneClick.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.True(unsubscribed.IsSuccessStatusCode);
        Assert.Contains("You are unsubscribed", await unsubscribed.Content.ReadAsStringAsync());
        await CommentAsMemberAsync(post, "After Sue left.");
        await site.WaitForMailAsync("owner-of-talk@example.com", "New comment", "After Sue left.");
        Assert.Empty(await SubscriberMailsAsync("sue@example.com", "After Sue left."));
    }

    [Fact]
    public async Task Opening_the_confirmation_link_alone_confirms_nothing()
    {
        var post = await NewPostAsync("Scanned links");
        await site.CommentAsGuestAsync(site.Reader(), "Scan me.", name: "Sam", email: "sam@example.com", onPath: post, more: NotifyOfComments);
        var link = MailDrop.FirstLink(await site.WaitForMailAsync("sam@example.com", "Confirm: new comments"));
        await site.Reader().GetStringAsync(link.PathAndQuery); // what a mail scanner does

        await CommentAsMemberAsync(post, "Nobody confirmed.");
        await site.WaitForMailAsync("owner-of-talk@example.com", "New comment", "Nobody confirmed.");
        Assert.Empty(await SubscriberMailsAsync("sam@example.com", "Nobody confirmed."));
    }

    [Fact]
    public async Task A_held_comment_goes_to_subscribers_when_approved_and_never_to_its_own_author()
    {
        var post = await NewPostAsync("Moderated discussion");
        var member = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        await member.PostFormAsync(post + "?handler=Comment", new() { ["Form.Comment"] = "I subscribe as myself.", ["Form.NotifyComments"] = "true" }, pagePath: post);

        var held = await site.CommentAsGuestAsync(site.Reader(), "Held, then approved.", name: "Hank", email: "hank@example.com", onPath: post);
        await site.ForSiteAsync("talk", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([CommentSite.CommentIdIn(held)], CommentStatus.Approved));
        await site.WaitForMailAsync("author@talk.example", "New comment on “Moderated discussion”", "Held, then approved."); // an account needs no confirmation

        await member.PostFormAsync(post + "?handler=Comment", new() { ["Form.Comment"] = "My own reply." }, pagePath: post);
        await site.WaitForMailAsync("owner-of-talk@example.com", "New comment", "My own reply.");
        Assert.Empty(await SubscriberMailsAsync("author@talk.example", "My own reply."));
    }

    [Fact]
    public async Task A_guest_who_follows_by_email_gets_each_new_post_once_after_confirming()
    {
        await site.CommentAsGuestAsync(site.Reader(), "Send me your posts.", name: "Pat", email: "pat@example.com", more: NotifyOfPosts);
        var confirmation = await site.WaitForMailAsync("pat@example.com", "Confirm: new posts from Talk by email");
        await site.Reader().PostFormAsync(MailDrop.FirstLink(confirmation).PathAndQuery + "?handler=Confirm", []);

        await NewPostAsync("Fresh off the press");
        await site.RunRoundAsync<PostAnnouncer>();
        var announcement = await site.WaitForMailAsync("pat@example.com", "Talk: Fresh off the press");
        Assert.Contains("http://talk.localhost/20", announcement.TextBody);
        Assert.NotNull(announcement.Headers["List-Unsubscribe"]);

        await site.Services.GetRequiredService<PostAnnouncer>().AnnounceNewPostsAsync(CancellationToken.None); // a pass of our own
        await site.RunRoundAsync<PostAnnouncer>(); // and one of the worker's
        await site.DeliverMailAsync();
        Assert.Single(site.MessagesTo("pat@example.com"), m => m.Subject == "Talk: Fresh off the press");
    }

    [Fact]
    public async Task A_reader_of_a_Russian_site_is_asked_to_confirm_in_Russian()
    {
        var owner = await site.CreateSiteAsync("beseda", "Беседа");
        await site.UpdateSiteAsync("beseda", s => s.Language = "ru");
        var post = await site.SavePostAsync("beseda", new SavePost { AuthorId = owner, Title = "Обсуждение", Body = "Слова.", Status = PostStatus.Published });

        await site.CommentAsGuestAsync(site.ClientFor("beseda.localhost"), "Расскажите больше.", name: "Соня", email: "sonya@example.com", onPath: post, more: NotifyOfComments);

        var confirmation = await site.WaitForMailAsync("sonya@example.com", "Подтвердите: новые комментарии к записи «Обсуждение» по почте");
        Assert.Contains("Кто-то — надеемся, вы — попросил сообщать по почте о новых комментариях к записи «Обсуждение» на сайте «Беседа».", confirmation.TextBody);
        Assert.Contains("Чтобы подтвердить, откройте эту страницу и нажмите «Подтвердить»:", confirmation.TextBody);
    }

    private async Task<string> NewPostAsync(string title) =>
        await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Title = title, Body = "Words.", Status = PostStatus.Published });

    private async Task CommentAsMemberAsync(string post, string text)
    {
        var member = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        var response = await member.PostFormAsync(post + "?handler=Comment", new() { ["Form.Comment"] = text }, pagePath: post);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Subscriber mails that carry the text, once the outbox has delivered all it had.</summary>
    private async Task<IReadOnlyList<MimeMessage>> SubscriberMailsAsync(string email, string text)
    {
        await site.DeliverMailAsync();
        return site.MessagesTo(email).Where(m => (m.TextBody ?? "").Contains(text)).ToList();
    }
}
