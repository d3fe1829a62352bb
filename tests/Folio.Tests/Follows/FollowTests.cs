using System.Net;
using Folio.Data;
using Folio.Features.Follows;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Folio.Tests.Follows;

/// <summary>A site with posts to follow, and readers to follow it.</summary>
public sealed class FollowSite : FolioApp, IAsyncLifetime
{
    /// <summary>The digest and the outbox run when a test moves this clock.</summary>
    public override FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public const string Host = "gazette.localhost";
    public long OwnerId { get; private set; }

    public async Task InitializeAsync()
    {
        OwnerId = await CreateSiteAsync("gazette", "Gazette");
        await CreateSiteAsync("other", "Other");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<string> PublishAsync(string title, string slug = "gazette", long? authorId = null) =>
        await SavePostAsync(slug, new SavePost { AuthorId = authorId ?? OwnerId, Title = title, Body = $"All about {title}.", Status = PostStatus.Published });

    public async Task<HttpClient> FollowerAsync(string email)
    {
        await NewReaderAsync(email, email.Split('@')[0]);
        var client = await SignedInClientAsync(Host, email);
        var followed = await client.PostFormAsync("/follow/", new() { ["returnUrl"] = "/" }, pagePath: "/");
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        return client;
    }
}

public sealed class FollowTests(FollowSite site) : IClassFixture<FollowSite>
{
    [Fact]
    public async Task One_click_follows_the_count_shows_to_everyone_and_a_second_click_unfollows()
    {
        var before = await CountLineAsync(site.ClientFor(FollowSite.Host));
        var follower = await site.FollowerAsync("fran@example.com");

        var box = (await follower.GetPersonalPartsAsync("/")).Part("follow")!.QuerySelector("button")!;
        Assert.Equal("Following", box.TextContent);
        Assert.Equal("true", box.GetAttribute("aria-pressed"));
        Assert.NotEqual(before, await CountLineAsync(site.ClientFor(FollowSite.Host))); // the cached page was evicted

        await follower.PostFormAsync("/follow/", new() { ["follow"] = "false", ["returnUrl"] = "/" }, pagePath: "/");
        Assert.Equal("Follow", (await follower.GetPersonalPartsAsync("/")).Part("follow")!.QuerySelector("button")!.TextContent);
        Assert.Equal(before, await CountLineAsync(site.ClientFor(FollowSite.Host)));
    }

    [Fact]
    public async Task Following_twice_at_once_makes_one_follow_and_tells_the_owner_once()
    {
        var readerId = await site.NewReaderAsync("twice@example.com", "Twice");
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => site.ForSiteAsync("gazette", s =>
            s.GetRequiredService<FollowSiteHandler>().FollowAsync(readerId, path => "http://gazette.localhost" + path, CancellationToken.None))));

        Assert.Equal(1, await site.QuerySiteAsync("gazette", db => db.Followers.CountAsync(f => f.AccountId == readerId)));
        Assert.Equal(1, await site.QuerySiteAsync("gazette", db => db.Notifications.CountAsync(n => n.Actor == "Twice" && n.Subject == "Gazette")));
        await site.WaitForMailAsync("owner-of-gazette@example.com", "Twice follows Gazette");
        var owner = await site.SignedInClientAsync(FollowSite.Host, "owner-of-gazette@example.com");
        Assert.Contains("Twice follows Gazette", await owner.GetStringAsync("/admin/notifications/"));
    }

    [Fact]
    public async Task The_reader_shows_new_posts_of_followed_sites_only()
    {
        var email = "rita@example.com";
        await site.FollowerAsync(email);
        await site.PublishAsync("Followed news");
        await site.PublishAsync("Unfollowed news", "other", await site.ForSiteAsync("other", s =>
            s.GetRequiredService<FolioDbContext>().SiteMembers.Select(m => m.AccountId).FirstAsync()));

        var platform = await site.SignedInClientAsync("localhost", email);
        var reader = await platform.GetDocumentAsync("/reader/");
        var titles = reader.QuerySelectorAll(".reader-items h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Followed news", titles);
        Assert.DoesNotContain("Unfollowed news", titles);
        Assert.StartsWith("http://gazette.localhost/", reader.QuerySelector(".reader-items h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_daily_digest_lists_the_days_posts_once()
    {
        var email = "daisy@example.com";
        await site.FollowerAsync(email);
        var daisy = await site.QuerySiteAsync("gazette", db => db.Users.Where(a => a.Email == email).Select(a => a.Id).SingleAsync());
        var platform = await site.SignedInClientAsync("localhost", email);
        var newsId = await site.QuerySiteAsync("gazette", db => db.Sites.Where(x => x.Slug == "gazette").Select(x => x.Id).SingleAsync());
        var saved = await platform.PostFormAsync("/reader/following/?handler=Delivery", new() { ["siteId"] = newsId.ToString(), ["delivery"] = "Daily" }, pagePath: "/reader/following/");
        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync());

        // A day passes: a post appeared meanwhile, and the follow is a day old. In that order: the
        // server's own digest job runs whenever a wait for mail moves the clock, and a digest that fell
        // due before the post was there would be claimed with nothing to send, leaving the next one a day away.
        await site.PublishAsync("Digest material");
        await site.QuerySiteAsync("gazette", db => db.Followers.Where(f => f.AccountId == daisy)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.ConfirmedAt, site.Clock.GetUtcNow().UtcDateTime.AddDays(-2))));
        var mailer = site.Services.GetRequiredService<DigestMailer>();
        await mailer.SendDueDigestsAsync(CancellationToken.None);

        var digest = await site.WaitForMailAsync(email, "Gazette: ", "Digest material");
        Assert.Contains("today", digest.Subject);
        Assert.NotNull(digest.Headers["List-Unsubscribe"]);
        await mailer.SendDueDigestsAsync(CancellationToken.None);
        await site.RunRoundAsync<DigestMailer>(); // and the server's own
        await site.DeliverMailAsync();
        Assert.Single(site.MessagesTo(email), m => (m.TextBody ?? "").Contains("Digest material"));
    }

    [Fact]
    public async Task A_guest_follows_by_email_and_counts_once_confirmed()
    {
        var guest = site.ClientFor(FollowSite.Host);
        var answer = await guest.PostFormAsync("/follow/", new() { ["Email"] = "gina@example.com" });
        Assert.Contains("Almost done", await answer.Content.ReadAsStringAsync());
        var confirmation = await site.WaitForMailAsync("gina@example.com", "Confirm: new posts from Gazette by email");
        var unconfirmed = await CountLineAsync(guest); // and now cached

        await guest.PostFormAsync(MailDrop.FirstLink(confirmation).PathAndQuery + "?handler=Confirm", []);
        Assert.NotEqual(unconfirmed, await CountLineAsync(guest));

        var bad = await guest.PostFormAsync("/follow/", new() { ["Email"] = "not an address" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
    }

    private static async Task<string> CountLineAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/")).QuerySelector(".follow-box p")!.TextContent;
}
