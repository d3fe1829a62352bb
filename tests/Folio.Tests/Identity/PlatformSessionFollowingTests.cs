using System.Net;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

/// <summary>
/// The hint that a browser is logged in at the platform takes a page opened on a sub-domain
/// through the silent handshake once; nothing else is ever sent round, and a hint that no longer
/// stands for a session is not tried again.
/// </summary>
public sealed class PlatformSessionFollowingTests(PlatformSessionFollowingTests.FollowSite app) : IClassFixture<PlatformSessionFollowingTests.FollowSite>
{
    private const string Host = "follow.localhost";

    public sealed class FollowSite : FolioApp, IAsyncLifetime
    {
        public string Post { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("follow", "Follow me");
            Post = await SavePostAsync("follow", new SavePost { AuthorId = owner, Title = "Followed", Body = "Here.", Status = PostStatus.Published });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_hint_whose_platform_session_ended_comes_back_as_it_was_and_is_not_tried_again_until_a_new_login()
    {
        var browser = app.ClientFor(Host);

        var sent = await browser.SendAsync(PageOpen(app.Post, hint: "ended"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var handshake = sent.Headers.Location!;
        Assert.Equal("localhost", handshake.Host);
        Assert.Equal("/login/platform/", handshake.AbsolutePath);
        Assert.Contains("silent=true", handshake.Query);

        var back = await browser.GetAsync(handshake);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal($"http://{Host}{app.Post}", back.Headers.Location!.ToString());

        var again = await browser.SendAsync(PageOpen(app.Post, hint: "ended"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Fill in your details below", await again.Content.ReadAsStringAsync());

        var afterNewLogin = await browser.SendAsync(PageOpen(app.Post, hint: "new-login"));
        Assert.Equal(HttpStatusCode.Redirect, afterNewLogin.StatusCode);
    }

    [Theory]
    [InlineData("Sec-Fetch-Dest", "image")]
    [InlineData("Sec-Fetch-Dest", "empty")]
    [InlineData("Sec-Purpose", "prefetch")]
    [InlineData("Accept", "application/rss+xml")]
    public async Task A_request_that_does_not_open_a_page_is_never_sent_round(string header, string value)
    {
        var request = PageOpen(app.Post, hint: "live");
        request.Headers.Remove(header);
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await app.ClientFor(Host).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A browser opening the page: it asks for HTML as a document, carrying the hint.</summary>
    private static HttpRequestMessage PageOpen(string path, string hint)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml");
        request.Headers.TryAddWithoutValidation("Cookie", $"folio_known={hint}");
        return request;
    }
}
