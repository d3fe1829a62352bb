using System.Net;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Likes;

/// <summary>
/// A click on Like by a reader not yet signed in on the site is carried out when they come back
/// from the platform signed in, in that browser alone: the address it comes back to, handed to
/// someone else, likes nothing for them.
/// </summary>
public sealed class LikeIntentTests(LikeIntentTests.IntentSite app) : IClassFixture<LikeIntentTests.IntentSite>
{
    private const string Host = "intent.localhost";

    public sealed class IntentSite : FolioApp, IAsyncLifetime
    {
        public string Post { get; private set; } = "";
        public long PostId { get; private set; }

        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("intent", "Intent");
            Post = await SavePostAsync("intent", new SavePost { AuthorId = owner, Title = "Like me", Body = "Please.", Status = PostStatus.Published });
            PostId = await QuerySiteAsync("intent", db => db.Posts.Select(p => p.Id).SingleAsync());
            await NewReaderAsync("clicker@example.com", "Clicker");
            await NewReaderAsync("victim@example.com", "Victim");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_clicking_browser_comes_back_with_the_post_liked_and_its_return_address_likes_nothing_for_another()
    {
        var clicker = await LoggedInAtPlatformAsync("clicker@example.com");
        var click = new HttpRequestMessage(HttpMethod.Get, $"http://{Host}/likes/{app.PostId}/");
        click.Headers.Referrer = new Uri($"http://{Host}{app.Post}");
        var toPlatform = await clicker.SendAsync(click);
        Assert.Equal(HttpStatusCode.Redirect, toPlatform.StatusCode);
        var returnUrl = System.Web.HttpUtility.ParseQueryString(toPlatform.Headers.Location!.Query)["returnUrl"]!;
        Assert.Contains("intent=", returnUrl);

        // Someone else, signed in on the site, is sent the address the click comes back to.
        var victim = await app.SignedInClientAsync(Host, "victim@example.com");
        var followed = await victim.GetAsync(returnUrl);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode); // asked to confirm, nothing done
        Assert.Contains("Like “Like me”?", await followed.Content.ReadAsStringAsync());
        Assert.Equal(0, await LikesAsync());

        var landed = await FollowAsync(clicker, toPlatform.Headers.Location!.ToString());
        Assert.Equal($"http://{Host}{app.Post}#likes", landed);
        Assert.Equal(1, await LikesAsync());
    }

    [Fact]
    public async Task A_like_link_from_another_site_asks_to_log_in_and_confirm_rather_than_liking()
    {
        var stranger = app.ClientFor(Host);
        var fromElsewhere = new HttpRequestMessage(HttpMethod.Get, $"/likes/{app.PostId}/");
        fromElsewhere.Headers.Referrer = new Uri("https://elsewhere.example/trap.html");

        var response = await stranger.SendAsync(fromElsewhere);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login/", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("intent=", response.Headers.Location.OriginalString);
    }

    private Task<int> LikesAsync() => app.QuerySiteAsync("intent", db => db.PostLikes.CountAsync(l => l.PostId == app.PostId));

    private async Task<HttpClient> LoggedInAtPlatformAsync(string email)
    {
        var browser = app.ClientFor("localhost");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/login/", new() { ["email"] = email, ["password"] = FolioApp.MemberPassword })).StatusCode);
        return browser;
    }

    /// <summary>Follows redirects across hosts as a browser does; returns the address it stopped at.</summary>
    private static async Task<string> FollowAsync(HttpClient browser, string url)
    {
        for (var hop = 0; hop < 8; hop++)
        {
            var response = await browser.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.Redirect) return url;
            url = new Uri(new Uri(url), response.Headers.Location!).ToString();
        }
        throw new InvalidOperationException("Too many redirects.");
    }
}
