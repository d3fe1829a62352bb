using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

/// <summary>Password guessing meets a limit per address and per account: 429 with Retry-After, and a plain message.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.StrictApp app) : IClassFixture<LoginRateLimitTests.StrictApp>
{
    public sealed class StrictApp : FolioApp
    {
        protected override int LoginsPerMinute => 3;
    }

    [Fact]
    public async Task The_fourth_try_in_a_minute_is_answered_429_with_retry_after()
    {
        var client = app.ClientFor("localhost");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var wrong = await client.PostFormAsync("/login/", new() { ["email"] = FolioApp.DemoEmail, ["password"] = $"guess number {attempt}" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode); // the page again, with "do not match"
        }

        var fourth = await client.PostFormAsync("/login/", new() { ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword });

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.InRange(int.Parse(fourth.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Contains("Too many tries in a short time", await fourth.Content.ReadAsStringAsync());
        Assert.False(fourth.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("folio_session")));
    }

    [Fact]
    public async Task Asking_for_the_confirmation_mail_again_meets_the_same_limit()
    {
        var client = app.ClientFor("localhost");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var asked = await client.PostFormAsync("/confirm-email/resend/", new() { ["email"] = "impatient@example.com" });
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var fourth = await client.PostFormAsync("/confirm-email/resend/", new() { ["email"] = "impatient@example.com" });

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("Too many tries in a short time", await fourth.Content.ReadAsStringAsync());
    }
}
