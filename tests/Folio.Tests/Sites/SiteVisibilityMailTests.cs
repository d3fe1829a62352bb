using Folio.Features.Follows;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Sites;

/// <summary>A private site's new posts are mailed to its members who follow it, never to other followers.</summary>
public sealed class SiteVisibilityMailTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task A_private_sites_new_post_is_announced_to_following_members_alone()
    {
        var owner = await app.CreateSiteAsync("cellar", "Cellar");
        var member = await app.AddMemberAsync("cellar", "cellar-member@example.com", SiteRole.Author);
        var stranger = await app.NewReaderAsync("cellar-stranger@example.com");
        // All three followed the site, the guest by email alone, while it was public.
        await app.QuerySiteAsync("cellar", db =>
        {
            var now = DateTime.UtcNow;
            db.Followers.Add(new Follower { AccountId = member, Delivery = FollowDelivery.Instant, Token = "cellar-member", CreatedAt = now, ConfirmedAt = now });
            db.Followers.Add(new Follower { AccountId = stranger, Delivery = FollowDelivery.Instant, Token = "cellar-stranger", CreatedAt = now, ConfirmedAt = now });
            db.Followers.Add(new Follower { Email = "cellar-guest@example.com", Delivery = FollowDelivery.Instant, Token = "cellar-guest", CreatedAt = now, ConfirmedAt = now });
            return db.SaveChangesAsync();
        });
        await app.UpdateSiteAsync("cellar", site => site.Visibility = SiteVisibility.Private);

        await app.SavePostAsync("cellar", new SavePost { AuthorId = owner, Title = "Vintage inventory", Body = "Twelve bottles.", Status = PostStatus.Published });
        await app.RunRoundAsync<PostAnnouncer>();

        await app.WaitForMailAsync("cellar-member@example.com", "Cellar: Vintage inventory");
        await app.DeliverMailAsync();
        Assert.Empty(app.MessagesTo("cellar-stranger@example.com"));
        Assert.Empty(app.MessagesTo("cellar-guest@example.com"));
    }
}
