using System.Net;
using System.Web;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.People;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Folio.Tests.Identity;

/// <summary>Logging in with an outside OpenID Connect provider: every login is protected, and every attack on it refused.</summary>
public sealed class ExternalLoginTests(ExternalLoginTests.AppWithProvider app) : IClassFixture<ExternalLoginTests.AppWithProvider>
{
    public sealed class AppWithProvider : FolioApp, IAsyncLifetime
    {
        public OidcProvider Provider { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in Provider.Settings()) builder.UseSetting(key, value);
        }

        public async Task InitializeAsync()
        {
            if (OidcProvider.IsAvailable) await Provider.StartAsync("http://localhost" + OidcProvider.CallbackPath);
        }

        Task IAsyncLifetime.DisposeAsync()
        {
            Provider.Dispose();
            return Task.CompletedTask;
        }
    }

    [SkippableFact]
    public async Task A_login_starts_at_the_provider_with_its_parameters_pushed_out_of_the_browsers_sight()
    {
        app.Provider.SkipUnlessAvailable();
        var fromSite = await app.DemoClient().GetAsync("/login/with/testid/?returnUrl=%2F2026%2F");
        var platformStart = fromSite.Headers.Location!;
        Assert.Equal("localhost", platformStart.Host);

        var atProvider = await app.ClientFor("localhost").GetAsync(platformStart.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, atProvider.StatusCode);
        var authorize = atProvider.Headers.Location!;
        Assert.StartsWith(app.Provider.Authority + "/auth", authorize.ToString());
        // The provider offers pushed authorization requests (RFC 9126), so state, nonce, the PKCE
        // challenge and the return address went to it directly; the browser carries only a reference.
        // (The provider requires PKCE: the browser tests' completed logins prove it was sent.)
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal(OidcProvider.ClientId, query["client_id"]);
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", query["request_uri"]);
        Assert.Null(query["state"]);
        Assert.DoesNotContain("demo.localhost", authorize.ToString());
    }

    [Fact]
    public async Task A_tampered_state_is_refused_with_a_plain_message_and_no_session()
    {
        var platform = app.ClientFor("localhost");
        var answer = await platform.GetAsync(OidcProvider.CallbackPath + "?code=stolen&state=not-ours");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/login/?failed=Test%20ID", answer.Headers.Location!.OriginalString);
        Assert.DoesNotContain(answer.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("folio_"));
        var page = WebUtility.HtmlDecode(await platform.GetStringAsync(answer.Headers.Location!.OriginalString));
        Assert.Contains("Logging in with Test ID did not work", page);
    }

    [Fact]
    public async Task A_return_address_on_another_host_is_replaced_by_this_sites_front_page()
    {
        var answer = await app.DemoClient().GetAsync("/login/with/testid/?returnUrl=https%3A%2F%2Fevil.example%2Fsteal");
        var platformStart = HttpUtility.ParseQueryString(answer.Headers.Location!.Query);

        Assert.Equal("demo.localhost", platformStart["host"]);
        Assert.Equal("/", platformStart["returnUrl"]);
    }

    [Fact]
    public async Task The_platform_will_not_hand_a_login_to_a_host_that_is_not_on_this_folio()
    {
        var answer = await app.ClientFor("localhost").GetAsync("/login/with/testid/?host=evil.example&returnUrl=%2F");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("not on this Folio", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Arriving_at_the_end_of_a_login_that_never_happened_logs_nobody_in()
    {
        var answer = await app.ClientFor("localhost").GetAsync("/login/external/done/");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/login/?failed=", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_restore_offer_is_taken_up_only_by_the_browser_it_was_made_to_and_a_forged_one_is_refused_plainly()
    {
        var id = await app.NewReaderAsync("offered-elsewhere@example.com");
        string madeToAnotherBrowser;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountDeletion>().ScheduleAsync(id, [], DeletedAccountComments.Anonymise, CancellationToken.None);
            madeToAnotherBrowser = scope.ServiceProvider.GetRequiredService<LoginTickets>().Issue(new TicketHolder(id, null), "localhost", "another-browser");
        }
        var stranger = app.ClientFor("localhost");

        foreach (var offer in new[] { madeToAnotherBrowser, "forged" })
        {
            var page = await stranger.GetDocumentAsync(LoginModel.RestoreOffer(offer, "/account/"));
            Assert.Contains(LoginModel.RestoreOfferExpired, page.Body!.TextContent);
            Assert.DoesNotContain("Restore my account", page.Body.TextContent);
            var taken = await stranger.PostFormAsync("/login/?handler=Restore", new() { ["restore"] = offer }, pagePath: "/login/");
            Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
            Assert.Contains(LoginModel.RestoreOfferExpired, WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/account/")).StatusCode);
        await using var check = app.Services.CreateAsyncScope();
        Assert.NotNull(await check.ServiceProvider.GetRequiredService<FolioDbContext>().Users.Where(a => a.Id == id).Select(a => a.DeleteAfter).SingleAsync());
    }
}
