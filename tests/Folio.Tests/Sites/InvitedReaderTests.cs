using System.Net;
using System.Web;
using Folio.Features.Follows;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Tests.Sites;

/// <summary>
/// A private site's administrator invites readers who are not on its team: an invited reader
/// reads the site through every address a member may, and gains none of a member's powers; a
/// removed reader is a stranger again; an invitation to one site opens no other.
/// </summary>
public sealed class InvitedReaderTests(InvitedReaderTests.PrivateSites sites) : IClassFixture<InvitedReaderTests.PrivateSites>
{
    private const string Host = "closet.localhost";
    private const string PostTitle = "Capybara tea ceremony";
    private const string PostText = "Capybaras pour the tea slowly.";

    public sealed class PrivateSites : FolioApp, IAsyncLifetime
    {
        public string PostPath { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("closet", "Closet Diaries");
            await AddMemberAsync("closet", "closet-owner@example.com", SiteRole.Administrator);
            PostPath = await SavePostAsync("closet", new SavePost { AuthorId = owner, Title = PostTitle, Body = PostText, Status = PostStatus.Published });
            await UpdateSiteAsync("closet", site => site.Visibility = SiteVisibility.Private);

            var neighbour = await CreateSiteAsync("attic", "Attic Letters");
            await SavePostAsync("attic", new SavePost { AuthorId = neighbour, Title = "Attic secret", Body = "Dust.", Status = PostStatus.Published });
            await UpdateSiteAsync("attic", site => site.Visibility = SiteVisibility.Private);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private async Task<HttpClient> InviteAndAcceptAsync(string email)
    {
        await sites.NewReaderAsync(email);
        var owner = await sites.SignedInClientAsync(Host, "closet-owner@example.com");
        var sent = await owner.PostFormAsync("/admin/people/?handler=Invite", new() { ["email"] = email, ["role"] = PeopleModel.ReaderChoice }, pagePath: "/admin/people/");
        Assert.Contains($"Invitation sent to {email}.", await sent.Content.ReadAsStringAsync());

        var mail = await sites.WaitForMailAsync(email, "You are invited to");
        Assert.Contains("You are invited to read Closet Diaries, a private site.", mail.TextBody);
        var link = await sites.LinkInMailAsync(email, "You are invited to");
        var reader = await sites.SignedInClientAsync(Host, email);
        var offer = await reader.GetDocumentAsync(link.PathAndQuery);
        Assert.Contains("You are invited to read Closet Diaries, a private site.", offer.QuerySelector(".auth-form")!.TextContent);

        var accepted = await reader.PostFormAsync(link.PathAndQuery, new() { ["token"] = HttpUtility.ParseQueryString(link.Query)["token"]! });
        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        return reader;
    }

    [Fact]
    public async Task An_invited_reader_reads_the_private_site_and_nothing_more()
    {
        var reader = await InviteAndAcceptAsync("capybara-fan@example.com");

        Assert.Contains(PostTitle, (await reader.GetDocumentAsync("/")).PostTitles());
        var post = await reader.GetAsync(sites.PostPath);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains(PostText, await post.Content.ReadAsStringAsync());
        Assert.Contains(PostTitle, await reader.GetStringAsync("/feed/"));

        // A reader is not on the team: no dashboard, no admin bar, no role anywhere.
        var dashboard = await reader.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/login/", dashboard.Headers.Location!.AbsolutePath);
        var parts = await reader.GetPersonalPartsAsync(sites.PostPath);
        Assert.NotNull(parts.Part("footer-login")); // signed in…
        Assert.Null(parts.QuerySelector("nav[aria-label='Site toolbar']")); // …with no toolbar
        Assert.False(await sites.QuerySiteAsync("closet", db => db.SiteMembers.AnyAsync(m => m.Account.Email == "capybara-fan@example.com")));

        // The invitation opened this site only.
        var attic = await sites.SignedInClientAsync("attic.localhost", "capybara-fan@example.com");
        var neighbour = await attic.GetAsync("/");
        Assert.Equal(HttpStatusCode.Forbidden, neighbour.StatusCode);
        Assert.DoesNotContain("Attic secret", await neighbour.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_invited_reader_who_follows_the_site_sees_its_posts_in_the_Reader()
    {
        await InviteAndAcceptAsync("follower-reader@example.com");
        var readerId = await sites.QuerySiteAsync("closet", db => db.SiteViewers.Where(v => v.Account.Email == "follower-reader@example.com").Select(v => v.AccountId).SingleAsync());
        await sites.QuerySiteAsync("closet", db =>
        {
            db.Followers.Add(new Follower { AccountId = readerId, Delivery = FollowDelivery.Instant, Token = "closet-follow", CreatedAt = DateTime.UtcNow, ConfirmedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

        var platform = await sites.SignedInClientAsync("localhost", "follower-reader@example.com");

        Assert.Contains(PostTitle, await platform.GetStringAsync("/reader/"));
    }

    [Fact]
    public async Task The_administrator_sees_the_reader_and_removing_them_closes_the_site_to_them()
    {
        var reader = await InviteAndAcceptAsync("ex-reader@example.com");
        var owner = await sites.SignedInClientAsync(Host, "closet-owner@example.com");
        var people = await owner.GetDocumentAsync("/admin/people/");
        var row = people.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("ex-reader@example.com"));
        var accountId = row.QuerySelector("input[name=accountId]")!.GetAttribute("value")!;

        var removed = await owner.PostFormAsync("/admin/people/?handler=RemoveReader", new() { ["accountId"] = accountId }, pagePath: "/admin/people/");
        Assert.Equal("Removed from the site's readers.", (await Html.ParseAsync(removed)).QuerySelector("[role=status]")!.TextContent.Trim());

        var after = await reader.GetAsync(sites.PostPath);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.DoesNotContain(PostText, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_sites_administrator_cannot_remove_this_sites_reader()
    {
        await InviteAndAcceptAsync("steady-reader@example.com");
        var readerId = await sites.QuerySiteAsync("closet", db => db.SiteViewers.Where(v => v.Account.Email == "steady-reader@example.com").Select(v => v.AccountId).SingleAsync());
        await sites.AddMemberAsync("attic", "attic-owner@example.com", SiteRole.Administrator);
        var rival = await sites.SignedInClientAsync("attic.localhost", "attic-owner@example.com");

        var attempt = await rival.PostFormAsync("/admin/people/?handler=RemoveReader", new() { ["accountId"] = readerId.ToString() }, pagePath: "/admin/people/");

        Assert.Equal(HttpStatusCode.NotFound, attempt.StatusCode);
        Assert.True(await sites.QuerySiteAsync("closet", db => db.SiteViewers.AnyAsync(v => v.AccountId == readerId)));
    }

    [Fact]
    public async Task Inviting_someone_who_may_already_read_says_so()
    {
        await InviteAndAcceptAsync("eager-reader@example.com");
        var owner = await sites.SignedInClientAsync(Host, "closet-owner@example.com");

        var again = await owner.PostFormAsync("/admin/people/?handler=Invite", new() { ["email"] = "eager-reader@example.com", ["role"] = PeopleModel.ReaderChoice }, pagePath: "/admin/people/");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("eager-reader@example.com may already read this site.", await again.Content.ReadAsStringAsync());
    }
}
