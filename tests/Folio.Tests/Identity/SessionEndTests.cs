using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

/// <summary>
/// A session that is ended is over at once: a copy of its cookie, replayed a moment after "Log
/// Out" or a password reset, opens nothing, although the periodic check of the account
/// (<c>Folio:Login:SessionCheckInterval</c>, a minute here) has not come round yet.
/// </summary>
public sealed class SessionEndTests(FolioApp app) : IClassFixture<FolioApp>
{
    /// <summary>Logs in on the host and returns the session cookie as it was set, to replay from another client.</summary>
    private async Task<(HttpClient Browser, string Cookie)> LogInAsync(string host, string email, string password = FolioApp.MemberPassword)
    {
        var browser = app.ClientFor(host);
        var response = await browser.PostFormAsync("/login/", new() { ["email"] = email, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (browser, response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("folio_session=")).Split(';')[0]);
    }

    private HttpClient Replaying(string host, string cookie)
    {
        var client = app.ClientFor(host);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task A_session_cookie_replayed_after_log_out_opens_nothing()
    {
        await app.AddMemberAsync("demo", "leaver@example.com", Folio.Features.Sites.SiteRole.Author);
        var (browser, cookie) = await LogInAsync("demo.localhost", "leaver@example.com");
        Assert.Equal(HttpStatusCode.OK, (await Replaying("demo.localhost", cookie).GetAsync("/admin/")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/logout/", [], pagePath: "/admin/")).StatusCode);

        var replayed = await Replaying("demo.localhost", cookie).GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/login/", replayed.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_password_reset_ends_every_session_of_the_account_at_once()
    {
        await app.AddMemberAsync("demo", "reset-me@example.com", Folio.Features.Sites.SiteRole.Author);
        var (_, onSite) = await LogInAsync("demo.localhost", "reset-me@example.com");
        var (_, onPlatform) = await LogInAsync("localhost", "reset-me@example.com");

        var reset = await app.ResetPasswordThroughMailAsync(app.ClientFor("localhost"), "reset-me@example.com", "a new password now");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Replaying("demo.localhost", onSite).GetAsync("/admin/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Replaying("localhost", onPlatform).GetAsync("/account/")).StatusCode);
    }
}
