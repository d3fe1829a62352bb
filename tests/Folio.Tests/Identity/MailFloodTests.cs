using System.Net;
using Folio.Data;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

/// <summary>
/// Nobody can fill someone's inbox through Folio's forms: reset links go a few an hour to one
/// address, whoever asks and from however many addresses; one address asks a few times a
/// minute; signing up with a taken email tells its owner once, not every time.
/// </summary>
public sealed class MailFloodTests(MailFloodTests.StrictApp app) : IClassFixture<MailFloodTests.StrictApp>
{
    public sealed class StrictApp : FolioApp
    {
        protected override int LoginsPerMinute => 5;
        protected override int MailsPerRecipientPerHour => 3;
    }

    /// <summary>The mail queued for the address about the subject: counted in the outbox, where a mail is the moment it is promised.</summary>
    private Task<int> MailsQueuedAsync(string email, string subject) => app.ForSiteAsync("demo", services =>
        services.GetRequiredService<FolioDbContext>().MailOutbox.CountAsync(m => m.To == email && m.Subject.Contains(subject)));

    [Fact]
    public async Task Reset_links_go_to_one_inbox_a_few_an_hour_however_many_addresses_ask()
    {
        await app.NewReaderAsync("flooded@example.com");
        var answers = new List<HttpStatusCode>();
        for (var asker = 1; asker <= 10; asker++)
            answers.Add((await app.ClientFrom($"192.0.2.{asker}").PostFormAsync("/forgot-password/", new() { ["email"] = "flooded@example.com" })).StatusCode);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer)); // the same page for everyone
        Assert.Equal(3, await MailsQueuedAsync("flooded@example.com", "Reset your Folio password"));
    }

    [Fact]
    public async Task One_address_asking_for_reset_links_again_and_again_is_answered_429()
    {
        var asker = app.ClientFrom("192.0.2.200");
        var answers = new List<HttpStatusCode>();
        for (var request = 1; request <= 6; request++)
            answers.Add((await asker.PostFormAsync("/forgot-password/", new() { ["email"] = $"someone{request}@example.com" })).StatusCode);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Signing_up_again_and_again_with_a_taken_email_tells_its_owner_once()
    {
        await app.NewReaderAsync("taken@example.com");
        for (var asker = 1; asker <= 4; asker++)
        {
            var page = await Html.ParseAsync(await app.ClientFrom($"198.51.100.{asker}").PostFormAsync("/signup/",
                new() { ["email"] = "taken@example.com", ["password"] = "a long enough password" }));
            Assert.Equal("Check your email", page.QuerySelector("h1")!.TextContent);
        }

        Assert.Equal(1, await MailsQueuedAsync("taken@example.com", "Someone tried to sign up with your email"));
    }
}
