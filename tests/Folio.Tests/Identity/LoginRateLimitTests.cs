using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

/// <summary>
/// Password guessing meets a limit per address, and per account from one address: 429 with
/// Retry-After, and a plain message. Nothing a stranger does keeps the owner out.
/// </summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.StrictApp app) : IClassFixture<LoginRateLimitTests.StrictApp>
{
    public sealed class StrictApp : FolioApp
    {
        protected override int LoginsPerMinute => 3;
        protected override int LoginsPerAddressPerMinute => 6;
    }

    private static Dictionary<string, string> Credentials(string email, string password) => new() { ["email"] = email, ["password"] = password };

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
    [Fact]
    public async Task A_strangers_wrong_passwords_never_keep_the_owner_out()
    {
        await app.NewReaderAsync("besieged@example.com");
        var stranger = app.ClientFrom("192.0.2.66");
        var answers = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 10; attempt++)
            answers.Add((await stranger.PostFormAsync("/login/", Credentials("besieged@example.com", $"guess number {attempt}"))).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, answers);

        var owner = await app.ClientFrom("198.51.100.7").PostFormAsync("/login/", Credentials("besieged@example.com", FolioApp.MemberPassword));

        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task One_address_cannot_go_on_guessing_from_account_to_account()
    {
        var sweeper = app.ClientFrom("192.0.2.77");
        var answers = new List<HttpStatusCode>();
        for (var account = 1; account <= 7; account++)
            answers.Add((await sweeper.PostFormAsync("/login/", Credentials($"target{account}@example.com", "password123"))).StatusCode);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 6), HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task After_any_number_of_wrong_guesses_a_password_reset_gets_the_owner_in()
    {
        await app.NewReaderAsync("guessed-at@example.com");
        for (var round = 0; round < 3; round++)
        {
            var stranger = app.ClientFrom($"192.0.2.{90 + round}");
            for (var attempt = 1; attempt <= 3; attempt++)
                await stranger.PostFormAsync("/login/", Credentials("guessed-at@example.com", $"guess {round}-{attempt}"));
        }

        var owner = app.ClientFrom("198.51.100.8");
        Assert.Equal(HttpStatusCode.Redirect, (await app.ResetPasswordThroughMailAsync(owner, "guessed-at@example.com", "my new password")).StatusCode);

        var login = await owner.PostFormAsync("/login/", Credentials("guessed-at@example.com", "my new password"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }
}
