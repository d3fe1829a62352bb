using System.Net;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

/// <summary>Log in once at the platform; every site, on a sub-domain or its own domain, then knows you.</summary>
public sealed class PlatformLoginTests(PlatformLoginTests.TwoSites app) : IClassFixture<PlatformLoginTests.TwoSites>
{
    public sealed class TwoSites : FolioApp, IAsyncLifetime
    {
        public Dictionary<string, string> Posts { get; } = [];

        public async Task InitializeAsync()
        {
            foreach (var slug in new[] { "north", "south" })
            {
                var owner = await CreateSiteAsync(slug, slug);
                Posts[slug] = await SavePostAsync(slug, new SavePost { AuthorId = owner, Title = $"Hello from {slug}", Body = "Say hello.", Status = PostStatus.Published });
            }
            await UseVerifiedDomainAsync("south", "south.example");
            await NewReaderAsync("walker@example.com", "Walker");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task One_login_at_the_platform_comments_on_two_sites_one_of_them_on_its_own_domain()
    {
        var browser = await LoggedInAtPlatformAsync();

        foreach (var (slug, host) in new[] { ("north", "north.localhost"), ("south", "south.example") })
        {
            await FollowAsync(browser, $"http://{host}/login/platform/?returnUrl={Uri.EscapeDataString(app.Posts[slug])}");
            var parts = await browser.GetPersonalPartsAsync($"http://{host}{app.Posts[slug]}");
            Assert.Contains("You are commenting using your Folio account (Walker)", parts.QuerySelector(".logged-in-as")!.TextContent);
            var posted = await browser.PostFormAsync($"http://{host}{app.Posts[slug]}?handler=Comment", new() { ["Form.Comment"] = $"Hello, {slug}." },
                pagePath: $"http://{host}{app.Posts[slug]}");
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }
    }

    [Fact]
    public async Task Not_yet_logged_in_the_reader_logs_in_at_the_platform_and_lands_back_on_the_site()
    {
        var browser = app.ClientFor("localhost");
        var first = await browser.GetAsync($"http://north.localhost/login/platform/?returnUrl={Uri.EscapeDataString(app.Posts["north"])}");
        var atPlatform = await browser.GetAsync(first.Headers.Location);
        Assert.StartsWith("/login/?returnUrl=", atPlatform.Headers.Location!.OriginalString);

        var loggedIn = await browser.PostFormAsync("http://localhost" + atPlatform.Headers.Location!.OriginalString,
            new() { ["email"] = "walker@example.com", ["password"] = FolioApp.MemberPassword });
        var landed = await FollowAsync(browser, new Uri(new Uri("http://localhost"), loggedIn.Headers.Location!).ToString());

        Assert.Equal($"http://north.localhost{app.Posts["north"]}", landed);
    }

    [Fact]
    public async Task Logging_out_at_the_platform_ends_the_sessions_it_made_on_sites()
    {
        var browser = await LoggedInAtPlatformAsync();
        await FollowAsync(browser, $"http://north.localhost/login/platform/?returnUrl=%2F");
        Assert.NotNull((await browser.GetPersonalPartsAsync($"http://north.localhost{app.Posts["north"]}")).QuerySelector(".logged-in-as"));

        await browser.PostFormAsync("http://localhost/logout/", [], pagePath: "http://localhost/");

        Assert.Null((await browser.GetPersonalPartsAsync($"http://north.localhost{app.Posts["north"]}")).QuerySelector(".logged-in-as"));
    }

    [Fact]
    public async Task Logging_out_on_one_site_ends_this_browsers_sessions_everywhere_and_no_other_browsers()
    {
        var browser = await LoggedInAtPlatformAsync();
        await FollowAsync(browser, "http://north.localhost/login/platform/?returnUrl=%2F");
        await FollowAsync(browser, "http://south.example/login/platform/?returnUrl=%2F");
        var otherBrowser = await LoggedInAtPlatformAsync();
        await FollowAsync(otherBrowser, "http://north.localhost/login/platform/?returnUrl=%2F");

        var northPost = $"http://north.localhost{app.Posts["north"]}";
        await browser.PostFormAsync("http://north.localhost/logout/", [], pagePath: northPost);

        Assert.Null((await browser.GetPersonalPartsAsync($"http://south.example{app.Posts["south"]}")).QuerySelector(".logged-in-as"));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("http://localhost/account/")).StatusCode);
        Assert.NotNull((await otherBrowser.GetPersonalPartsAsync(northPost)).QuerySelector(".logged-in-as"));
        Assert.Equal(HttpStatusCode.OK, (await otherBrowser.GetAsync("http://localhost/account/")).StatusCode);
    }

    private async Task<HttpClient> LoggedInAtPlatformAsync()
    {
        var browser = app.ClientFor("localhost");
        var response = await browser.PostFormAsync("/login/", new() { ["email"] = "walker@example.com", ["password"] = FolioApp.MemberPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Follows redirects across hosts as a browser does; returns the address it stopped at.</summary>
    private static async Task<string> FollowAsync(HttpClient browser, string url)
    {
        for (var hop = 0; hop < 6; hop++)
        {
            var response = await browser.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.Redirect) return url;
            url = new Uri(new Uri(url), response.Headers.Location!).ToString();
        }
        throw new InvalidOperationException("Too many redirects.");
    }
}
