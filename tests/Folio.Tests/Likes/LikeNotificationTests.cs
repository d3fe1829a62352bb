using Folio.Data;
using Folio.Features.Notifications;

namespace Folio.Tests.Likes;

public sealed class LikeNotificationTests(LikeSite site) : IClassFixture<LikeSite>
{
    private Task<List<Notification>> NotificationsAboutAsync(string path) => site.ForSiteAsync(LikeSite.Slug, s =>
        s.GetRequiredService<FolioDbContext>().Notifications.Where(n => n.Url == path + "#likes").ToListAsync());

    private Task<List<string>> MailSubjectsAsync(string about) => site.ForSiteAsync(LikeSite.Slug, s =>
        s.GetRequiredService<FolioDbContext>().MailOutbox.Where(m => m.Subject.Contains(about)).Select(m => m.To + ": " + m.Subject).ToListAsync());

    [Fact]
    public async Task The_author_is_told_on_the_dashboard_and_by_mail_when_someone_likes_their_post()
    {
        var (postId, path) = await site.NewPostAsync("Tell me who likes it");
        var reader = await site.NewReaderAsync("fan@notify.example", "Fan");

        await site.LikeAsync(postId, reader);

        var notification = Assert.Single(await NotificationsAboutAsync(path));
        Assert.Equal(site.OwnerId, notification.AccountId);
        Assert.Equal(NotificationKind.Like, notification.Kind);
        Assert.Equal(("Fan", "Tell me who likes it"), (notification.Actor, notification.Subject));
        Assert.Equal([$"{LikeSite.OwnerEmail}: Fan likes “Tell me who likes it”"], await MailSubjectsAsync("Tell me who likes it"));
    }

    [Fact]
    public async Task An_author_who_asked_for_no_like_mails_is_told_on_the_dashboard_only()
    {
        var (postId, path) = await site.NewPostAsync("Quiet inbox");
        await site.ForSiteAsync(LikeSite.Slug, async s =>
        {
            var db = s.GetRequiredService<FolioDbContext>();
            (await db.Users.SingleAsync(a => a.Id == site.OwnerId)).EmailOnLike = false;
            return await db.SaveChangesAsync();
        });
        try
        {
            await site.LikeAsync(postId, await site.NewReaderAsync("hush@notify.example"));

            Assert.Single(await NotificationsAboutAsync(path));
            Assert.Empty(await MailSubjectsAsync("Quiet inbox"));
        }
        finally
        {
            await site.ForSiteAsync(LikeSite.Slug, async s =>
            {
                var db = s.GetRequiredService<FolioDbContext>();
                (await db.Users.SingleAsync(a => a.Id == site.OwnerId)).EmailOnLike = true;
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Liking_your_own_post_or_liking_again_tells_nobody()
    {
        var (postId, path) = await site.NewPostAsync("Self regard");
        var reader = await site.NewReaderAsync("again@notify.example");

        await site.LikeAsync(postId, site.OwnerId);
        await site.LikeAsync(postId, reader);
        await site.LikeAsync(postId, reader);

        Assert.Equal(2, await site.LikeCountAsync(postId));
        Assert.Single(await NotificationsAboutAsync(path));
        Assert.Single(await MailSubjectsAsync("Self regard"));
    }
    [Fact]
    public async Task Liking_and_unliking_again_and_again_tells_the_author_once()
    {
        var (postId, path) = await site.NewPostAsync("Fickle fan");
        var reader = await site.NewReaderAsync("fickle@notify.example", "Fickle");
        var client = await site.SignedInClientAsync(LikeSite.Host, "fickle@notify.example");

        for (var round = 0; round < 5; round++)
        {
            Assert.True((await LikeSite.SetLikeThroughApiAsync(client, postId, liked: true)).IsSuccessStatusCode);
            Assert.True((await LikeSite.SetLikeThroughApiAsync(client, postId, liked: false)).IsSuccessStatusCode);
        }
        await site.LikeAsync(postId, reader);

        Assert.Single(await NotificationsAboutAsync(path));
        Assert.Single(await MailSubjectsAsync("Fickle fan"));
    }
}
